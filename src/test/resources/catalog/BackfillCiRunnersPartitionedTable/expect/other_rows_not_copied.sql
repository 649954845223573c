-- group and project rows without a sharding_key_id are not copied
SELECT d.id, d.runner_type FROM ci_runners_e59bb2812d d WHERE d.runner_type <> 1 AND d.sharding_key_id IS NULL
UNION ALL
SELECT d.id, d.runner_type FROM ci_runners_e59bb2812d d WHERE NOT EXISTS (SELECT 1 FROM ci_runners s WHERE s.id = d.id)
