-- rows of runners whose owner link exists, of runners without any runner project, of group and instance runners
-- keep their sharding key; no row is lost
SELECT o.id FROM original_rows o LEFT JOIN ci_runner_machines t ON t.id = o.id AND t.runner_type = o.runner_type
WHERE t.id IS NULL
   OR (NOT (o.runner_type = 3 AND o.runner_id % 4 = 0 AND o.runner_id % 8 <> 0 AND o.runner_id % 9 <> 0)
       AND t.sharding_key_id IS DISTINCT FROM o.sharding_key_id)
