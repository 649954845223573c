-- every state of an existing repository has the repository's namespace_id (NULL where the repository has none)
SELECT s.design_management_repository_id, s.namespace_id FROM design_management_repository_states s
JOIN design_management_repositories r ON r.id = s.design_management_repository_id
WHERE s.namespace_id IS DISTINCT FROM r.namespace_id
