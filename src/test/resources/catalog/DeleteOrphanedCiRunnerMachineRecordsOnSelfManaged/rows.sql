-- runners 1..900 with every 10th id missing; runner_type 1 + id % 3
INSERT INTO ci_runners (id, sharding_key_id, runner_type)
SELECT r, CASE WHEN r % 3 <> 0 THEN 50 END, 1 + r % 3 FROM generate_series(1, 900) r WHERE r % 10 <> 4;

-- machines: one to three per runner_id 1..1000 (901..1000 and every 10th have no runner: orphans); most
-- have their runner's type, every 7th machine a different type (no runner of that id and type: orphan)
INSERT INTO ci_runner_machines (id, runner_id, sharding_key_id, created_at, updated_at, runner_type, system_xid)
SELECT r * 3 + k, r, 50, now(), now(),
       CASE WHEN (r * 3 + k) % 7 = 0 THEN 1 + (r + 1) % 3 ELSE 1 + r % 3 END, 'sys-' || r || '-' || k
FROM generate_series(1, 1000) r CROSS JOIN generate_series(0, 2) k WHERE k <= r % 3;

CREATE TABLE original_machines AS SELECT id, runner_id, runner_type FROM ci_runner_machines;
