-- rows already in ci_runner_machines_687967fa8a are left as they were (ON CONFLICT DO NOTHING), and the source is not written
SELECT b.id FROM dst_before b LEFT JOIN ci_runner_machines_687967fa8a d ON d.id = b.id AND d.runner_type = b.runner_type
WHERE d.id IS NULL OR d::text IS DISTINCT FROM b::text
UNION ALL
SELECT count(*) FROM ci_runner_machines HAVING count(*) <> (SELECT count(*) FROM generate_series(1, 3200) g WHERE g % 11 <> 0)
