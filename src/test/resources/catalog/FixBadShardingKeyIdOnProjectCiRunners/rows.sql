-- runners 1..3000 with every 17th id missing: every 4th an instance runner (type 1), every 4th+1 a group
-- runner (type 2, with a sharding key that matches no runner project: out of scope), the rest project
-- runners (type 3). A project runner's sharding_key_id is 5000 + n; every 3rd has a ci_runner_projects row
-- for that project (valid: kept); the others have rows for other projects only (bad: fixed to the project of
-- the runner's lowest-id row), or, every 5th, no row at all (kept).
INSERT INTO ci_runners (id, runner_type, sharding_key_id, created_at, updated_at)
SELECT n, CASE WHEN n % 4 = 0 THEN 1 WHEN n % 4 = 1 THEN 2 ELSE 3 END,
       CASE WHEN n % 4 = 0 THEN NULL ELSE 5000 + n END,
       timestamptz '2024-01-01 00:00+00', timestamptz '2024-02-01 00:00+00'
FROM generate_series(1, 3000) n WHERE n % 17 <> 6;

-- ci_runner_projects in shuffled order, so the lowest id is not the lowest project
INSERT INTO ci_runner_projects (runner_id, project_id, created_at, updated_at)
SELECT r.id, p.project_id, now(), now()
FROM ci_runners r
CROSS JOIN LATERAL (
  SELECT 5000 + r.id AS project_id WHERE r.id % 3 = 0
  UNION ALL SELECT 20000 + r.id * 3 + k FROM generate_series(0, 1 + r.id % 3) k WHERE r.id % 5 <> 0 OR r.id % 3 = 0
) p
WHERE r.runner_type IN (2, 3)
ORDER BY random();

CREATE TABLE original_runners AS SELECT id, runner_type, sharding_key_id, updated_at FROM ci_runners;
