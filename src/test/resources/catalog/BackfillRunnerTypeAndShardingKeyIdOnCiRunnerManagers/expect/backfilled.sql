-- managers without a sharding key whose runner exists have the runner's sharding_key_id and runner_type
SELECT m.id, m.sharding_key_id, m.runner_type, r.sharding_key_id, r.runner_type
FROM orig_machines o JOIN ci_runner_machines m ON m.id = o.id JOIN ci_runners r ON r.id = o.runner_id
WHERE o.sharding_key_id IS NULL
  AND (m.sharding_key_id IS DISTINCT FROM r.sharding_key_id OR m.runner_type IS DISTINCT FROM r.runner_type)
