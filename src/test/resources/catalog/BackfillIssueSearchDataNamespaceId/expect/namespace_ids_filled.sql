-- every search row of a project issue filed under that issue's project has the issue's namespace_id
SELECT d.issue_id FROM issue_search_data d JOIN issues i ON i.id = d.issue_id AND i.project_id = d.project_id
WHERE d.namespace_id IS DISTINCT FROM i.namespace_id
