-- Namespace routes, routes that had a namespace_id, and Project routes whose project is missing keep
-- namespace_id and updated_at; no route is deleted
SELECT o.id FROM original_redirect_routes o LEFT JOIN redirect_routes r USING (id)
WHERE r.id IS NULL OR r.updated_at IS DISTINCT FROM o.updated_at
   OR ((o.source_type <> 'Project' OR o.namespace_id IS NOT NULL
        OR NOT EXISTS (SELECT 1 FROM projects p WHERE p.id = o.source_id))
       AND r.namespace_id IS DISTINCT FROM o.namespace_id)
