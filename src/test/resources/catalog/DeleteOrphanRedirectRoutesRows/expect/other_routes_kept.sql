-- every other route is still there, unchanged: Namespace routes (even orphaned ones), routes with a
-- namespace_id (even orphaned ones), Project routes whose project exists
SELECT o.id FROM original_redirect_routes o LEFT JOIN redirect_routes r USING (id)
WHERE NOT (o.source_type = 'Project' AND o.namespace_id IS NULL
           AND NOT EXISTS (SELECT 1 FROM projects p WHERE p.id = o.source_id))
  AND (r.id IS NULL OR (r.source_id, r.source_type, r.path, r.namespace_id, r.updated_at)
       IS DISTINCT FROM (o.source_id, o.source_type, o.path, o.namespace_id, o.updated_at))
