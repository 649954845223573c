-- every project has exactly one design_management_repositories row
SELECT p.id FROM projects p
WHERE (SELECT count(*) FROM design_management_repositories r WHERE r.project_id = p.id) <> 1
