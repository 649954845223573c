-- project runners' rows whose owner project link is gone, on runners that have other runner projects, take the
-- project of the runner project with the lowest id (project 20000 + runner_id * 10 + 3)
SELECT t.id, t.runner_id, t.sharding_key_id FROM ci_runner_machines t
WHERE t.runner_type = 3 AND t.runner_id % 4 = 0 AND t.runner_id % 8 <> 0 AND t.runner_id % 9 <> 0
  AND t.sharding_key_id IS DISTINCT FROM 20000 + t.runner_id * 10 + 3
