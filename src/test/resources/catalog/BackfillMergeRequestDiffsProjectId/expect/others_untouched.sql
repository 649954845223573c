-- diffs that already had a project_id, or whose merge request is gone, are unchanged (updated_at too); none lost
SELECT o.id FROM original_diffs o LEFT JOIN merge_request_diffs d ON d.id = o.id
WHERE d.id IS NULL OR d.updated_at <> o.updated_at
   OR ((o.project_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM merge_requests m WHERE m.id = o.merge_request_id))
       AND d.project_id IS DISTINCT FROM o.project_id)
