-- Runners 1..300 of types 1 (instance: no sharding key), 2 and 3; every 13th group/project runner has no
-- sharding_key_id yet (its managers get NULL and the runner's type).
INSERT INTO ci_runners (id, runner_type, sharding_key_id, created_at)
SELECT r, (r % 3) + 1, CASE WHEN r % 3 = 0 OR r % 13 = 0 THEN NULL ELSE 1000 + r END, now()
FROM generate_series(1, 300) r;
-- Managers 1..1500 (every 9th id missing) of runners 1..320 (301..320 are gone: left alone); every 10th
-- already has a sharding_key_id (left alone, runner_type too).
INSERT INTO ci_runner_machines (id, runner_id, sharding_key_id, runner_type, created_at, updated_at, system_xid)
SELECT g, (g % 320) + 1, CASE WHEN g % 10 = 0 THEN 7 END, NULL, now(), now(), 'xid-' || g
FROM generate_series(1, 1500) g WHERE g % 9 <> 0;
CREATE TABLE orig_machines AS SELECT id, runner_id, sharding_key_id, runner_type, updated_at FROM ci_runner_machines;
