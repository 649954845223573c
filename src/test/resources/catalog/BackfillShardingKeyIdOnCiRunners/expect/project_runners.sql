-- project runners without a sharding key that have ci_runner_projects rows get the project of the lowest id
SELECT r.id, r.sharding_key_id
FROM orig_runners o JOIN ci_runners r ON r.id = o.id
WHERE o.runner_type = 3 AND o.sharding_key_id IS NULL
  AND EXISTS (SELECT 1 FROM ci_runner_projects p WHERE p.runner_id = o.id)
  AND r.sharding_key_id IS DISTINCT FROM (SELECT p.project_id FROM ci_runner_projects p WHERE p.runner_id = o.id ORDER BY p.id LIMIT 1)
