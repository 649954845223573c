-- every project has exactly one wiki repository row
SELECT p.id FROM projects p LEFT JOIN project_wiki_repositories w ON w.project_id = p.id
GROUP BY p.id HAVING count(w.id) <> 1
