-- states that had no group_id and whose repository exists now have the repository's group_id
SELECT s.id, s.group_id FROM group_wiki_repository_states s
JOIN bbm_case_before b ON b.id = s.id
JOIN group_wiki_repositories r ON r.group_id = b.group_wiki_repository_id
WHERE b.group_id IS NULL AND s.group_id IS DISTINCT FROM r.group_id
