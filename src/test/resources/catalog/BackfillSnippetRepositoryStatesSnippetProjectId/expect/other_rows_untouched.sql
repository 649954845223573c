-- states that had a snippet_project_id, and states whose repository does not exist, keep what they had
SELECT s.id, o.snippet_project_id, s.snippet_project_id FROM original_states o
JOIN snippet_repository_states s ON s.id = o.id
WHERE (o.snippet_project_id IS NOT NULL
       OR NOT EXISTS (SELECT 1 FROM snippet_repositories r WHERE r.snippet_id = o.snippet_repository_id))
  AND s.snippet_project_id IS DISTINCT FROM o.snippet_project_id
