-- rows that existed keep their project and timestamps, and none is lost; new rows are from now
SELECT o.id FROM original_repositories o LEFT JOIN design_management_repositories r ON r.id = o.id
WHERE r.id IS NULL OR (r.project_id, r.created_at, r.updated_at) IS DISTINCT FROM (o.project_id, o.created_at, o.updated_at)
UNION ALL
SELECT r.id FROM design_management_repositories r
WHERE NOT EXISTS (SELECT 1 FROM original_repositories o WHERE o.id = r.id)
  AND (r.created_at < timestamptz '2024-01-01' OR r.updated_at <> r.created_at)
