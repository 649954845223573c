-- 2,216 runners, ids 1..2400 with every 13th missing (gaps): id % 5 = 0 instance runners (no sharding
-- key), id % 5 = 1 group runners with a sharding key and no ci_runner_projects (out of scope: kept),
-- the others project runners, by id % 3:
--   0: sharding key 100 + id, which one of the runner's two ci_runner_projects rows has (not the one
--      with the lowest id): left alone;
--   1: orphaned sharding key 50000 + id, two ci_runner_projects rows (projects 300 + id with the lower
--      id and 200 + id): the key becomes 300 + id;
--   2: orphaned sharding key 50000 + id and no ci_runner_projects row: deleted, with its runner manager.
-- Every runner has one runner manager (ci_runner_machines).
INSERT INTO ci_runners (id, runner_type, sharding_key_id, created_at, updated_at, name)
SELECT g, CASE WHEN g % 5 = 0 THEN 1 WHEN g % 5 = 1 THEN 2 ELSE 3 END,
       CASE WHEN g % 5 = 0 THEN NULL WHEN g % 5 = 1 THEN 9000 + g WHEN g % 3 = 0 THEN 100 + g ELSE 50000 + g END,
       timestamptz '2024-01-01 00:00+00' + g * interval '1 minute', timestamptz '2024-06-01 00:00+00' + g * interval '1 minute',
       'runner ' || g
FROM generate_series(1, 2400) g WHERE g % 13 <> 0;

INSERT INTO ci_runner_projects (id, runner_id, project_id, created_at, updated_at)
SELECT id, id, CASE WHEN id % 3 = 0 THEN 400 + id ELSE 300 + id END, now(), now()
FROM ci_runners WHERE runner_type = 3 AND id % 3 IN (0, 1);
INSERT INTO ci_runner_projects (id, runner_id, project_id, created_at, updated_at)
SELECT 10000 + id, id, CASE WHEN id % 3 = 0 THEN 100 + id ELSE 200 + id END, now(), now()
FROM ci_runners WHERE runner_type = 3 AND id % 3 IN (0, 1);

INSERT INTO ci_runner_machines (id, runner_id, runner_type, sharding_key_id, created_at, updated_at, system_xid)
SELECT id, id, runner_type, sharding_key_id, created_at, updated_at, 'xid-' || id FROM ci_runners;

CREATE TABLE bbm_case_runners_before AS SELECT * FROM ci_runners;
CREATE TABLE bbm_case_machines_before AS SELECT * FROM ci_runner_machines;
