-- violations that had a target_project_id, or whose merge request is missing, keep what they had; none appear or disappear
SELECT b.id FROM violations_before b FULL JOIN merge_requests_compliance_violations v ON v.id = b.id
WHERE v.id IS NULL OR b.id IS NULL
   OR ((b.target_project_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM merge_requests mr WHERE mr.id = b.merge_request_id))
       AND v.target_project_id IS DISTINCT FROM b.target_project_id)
   OR v.title IS DISTINCT FROM b.title
