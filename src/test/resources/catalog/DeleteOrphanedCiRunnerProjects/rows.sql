-- project runners 1..1500 except every 5th (deleted runners); 1 to 4 runner projects per runner id 1..1800
INSERT INTO ci_runners (id, runner_type, sharding_key_id)
SELECT r, 3, 10000 + r FROM generate_series(1, 1500) r WHERE r % 5 <> 0;
INSERT INTO ci_runner_projects (id, runner_id, project_id, created_at, updated_at)
SELECT row_number() OVER (ORDER BY r, k), r, 10000 + r + k, now(), now()
FROM generate_series(1, 1800) r, generate_series(1, 4) k WHERE k <= 1 + r % 4;
CREATE TABLE original_runner_projects AS SELECT id, runner_id FROM ci_runner_projects;
