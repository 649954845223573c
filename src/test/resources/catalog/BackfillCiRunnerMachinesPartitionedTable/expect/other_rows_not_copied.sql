-- group and project rows without a sharding_key_id are not copied
SELECT d.id, d.runner_type FROM ci_runner_machines_687967fa8a d WHERE d.runner_type <> 1 AND d.sharding_key_id IS NULL
UNION ALL
SELECT d.id, d.runner_type FROM ci_runner_machines_687967fa8a d WHERE NOT EXISTS (SELECT 1 FROM ci_runner_machines s WHERE s.id = d.id)
