-- no Project route without namespace_id points at a project that does not exist
SELECT r.id FROM redirect_routes r
WHERE r.source_type = 'Project' AND r.namespace_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM projects p WHERE p.id = r.source_id)
