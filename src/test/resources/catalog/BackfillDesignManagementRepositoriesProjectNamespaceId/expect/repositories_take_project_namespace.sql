-- every repository whose project exists has the project's project_namespace_id
SELECT r.id, r.namespace_id FROM design_management_repositories r JOIN projects p ON p.id = r.project_id
WHERE r.namespace_id IS DISTINCT FROM p.project_namespace_id
