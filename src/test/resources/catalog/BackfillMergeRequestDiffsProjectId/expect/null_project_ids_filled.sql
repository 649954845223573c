-- every diff that had no project_id and whose merge request exists has its target_project_id
SELECT d.id FROM merge_request_diffs d JOIN original_diffs o ON o.id = d.id
JOIN merge_requests m ON m.id = d.merge_request_id
WHERE o.project_id IS NULL AND d.project_id IS DISTINCT FROM m.target_project_id
