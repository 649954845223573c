-- project runners whose sharding key matched none of their runner projects now carry the project of their
-- lowest-id ci_runner_projects row
SELECT o.id FROM original_runners o JOIN ci_runners r ON r.id = o.id
WHERE o.runner_type = 3 AND o.sharding_key_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM ci_runner_projects p WHERE p.runner_id = o.id AND p.project_id = o.sharding_key_id)
  AND EXISTS (SELECT 1 FROM ci_runner_projects p WHERE p.runner_id = o.id)
  AND r.sharding_key_id IS DISTINCT FROM (SELECT p.project_id FROM ci_runner_projects p WHERE p.runner_id = o.id ORDER BY p.id LIMIT 1)
