-- 2600 ids with every 11th missing: instance (1), group (2) and project (3) runner managers; every
-- 7th has an organization already (id 5, or 1), which must stay; instance ones never get one.
INSERT INTO ci_runner_machines (id, runner_id, sharding_key_id, created_at, updated_at, runner_type, system_xid, organization_id)
SELECT n, 10000 + n / 3, CASE WHEN n % 3 <> 0 THEN 100 + n END,
       timestamptz '2024-01-01 00:00+00', timestamptz '2024-03-01 00:00+00' + n * interval '1 second',
       1 + n % 3, 'system-' || n, CASE WHEN n % 7 = 0 THEN CASE WHEN n % 2 = 0 THEN 5 ELSE 1 END END
FROM generate_series(1, 2600) n WHERE n % 11 <> 0;

CREATE TABLE bbm_case_before AS SELECT * FROM ci_runner_machines;
