-- a repository whose project is missing keeps its namespace_id; no repository changes otherwise
SELECT o.id FROM original_repositories o JOIN design_management_repositories r USING (id)
WHERE (NOT EXISTS (SELECT 1 FROM projects p WHERE p.id = o.project_id) AND r.namespace_id IS DISTINCT FROM o.namespace_id)
   OR (r.project_id, r.updated_at) IS DISTINCT FROM (o.project_id, o.updated_at)
UNION ALL
SELECT count(*) FROM design_management_repositories HAVING count(*) <> (SELECT count(*) FROM original_repositories)
