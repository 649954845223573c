-- every state that had no snippet_project_id and whose repository exists has the repository's
SELECT s.id, s.snippet_project_id, r.snippet_project_id FROM original_states o
JOIN snippet_repository_states s ON s.id = o.id
JOIN snippet_repositories r ON r.snippet_id = o.snippet_repository_id
WHERE o.snippet_project_id IS NULL AND s.snippet_project_id IS DISTINCT FROM r.snippet_project_id
