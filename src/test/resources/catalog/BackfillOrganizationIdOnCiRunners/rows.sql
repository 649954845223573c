-- runners 1..2700 with every 8th id missing: runner_type 1 + n % 3 (instance runners have no sharding
-- key); some already carry an organization_id (5), overwritten on group/project runners
INSERT INTO ci_runners (id, sharding_key_id, runner_type, created_at, updated_at, organization_id)
SELECT n, CASE WHEN n % 3 <> 0 THEN 100 + n % 70 END, 1 + n % 3,
       timestamptz '2024-01-01 00:00+00', timestamptz '2024-01-02 00:00+00', CASE WHEN n % 10 = 0 THEN 5 END
FROM generate_series(1, 2700) n WHERE n % 8 <> 3;

CREATE TABLE original_runners AS SELECT id, organization_id, sharding_key_id, updated_at FROM ci_runners;
