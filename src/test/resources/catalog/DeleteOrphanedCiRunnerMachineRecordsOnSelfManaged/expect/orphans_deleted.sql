-- no machine is left without a runner of the same id and runner_type
SELECT m.id FROM ci_runner_machines m
WHERE NOT EXISTS (SELECT 1 FROM ci_runners r WHERE r.id = m.runner_id AND r.runner_type = m.runner_type)
