-- group runners without a sharding key that have a ci_runner_namespaces row get its namespace_id
SELECT r.id, r.sharding_key_id, n.namespace_id
FROM orig_runners o JOIN ci_runners r ON r.id = o.id JOIN ci_runner_namespaces n ON n.runner_id = o.id
WHERE o.runner_type = 2 AND o.sharding_key_id IS NULL AND r.sharding_key_id IS DISTINCT FROM n.namespace_id
