-- a Project route without namespace_id whose project exists gets the project's project_namespace_id
SELECT r.id FROM redirect_routes r JOIN original_redirect_routes o USING (id) JOIN projects p ON p.id = r.source_id
WHERE o.source_type = 'Project' AND o.namespace_id IS NULL AND r.namespace_id IS DISTINCT FROM p.project_namespace_id
