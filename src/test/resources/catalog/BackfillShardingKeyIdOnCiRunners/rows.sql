-- Runners 1..1500 (every 9th id missing) of types 1 (instance, out of scope), 2 (group) and 3 (project);
-- every 10th group/project runner already has sharding_key_id 5 (left alone).
INSERT INTO ci_runners (id, runner_type, sharding_key_id, created_at, updated_at)
SELECT r, (r % 3) + 1, CASE WHEN r % 10 = 0 AND r % 3 <> 0 THEN 5 END, now(), now()
FROM generate_series(1, 1500) r WHERE r % 9 <> 0;
-- a namespace row for every group runner except every 7th, and for some instance runners (out of scope)
INSERT INTO ci_runner_namespaces (id, runner_id, namespace_id)
SELECT r, r, 5000 + r FROM generate_series(1, 1500) r
WHERE (r % 3 = 1 AND r % 7 <> 0) OR (r % 3 = 0 AND r % 5 = 0);
-- two project rows for every project runner except every 11th: the lower id (10r+2) names project 2000+r;
-- group runners with r % 4 = 0 also have a project row (it must not be used for them)
INSERT INTO ci_runner_projects (id, runner_id, project_id)
SELECT 10 * r + 5, r, 3000 + r FROM generate_series(1, 1500) r WHERE (r % 3 = 2 AND r % 11 <> 0) OR (r % 3 = 1 AND r % 4 = 0);
INSERT INTO ci_runner_projects (id, runner_id, project_id)
SELECT 10 * r + 2, r, 2000 + r FROM generate_series(1, 1500) r WHERE r % 3 = 2 AND r % 11 <> 0;
CREATE TABLE orig_runners AS SELECT id, runner_type, sharding_key_id, updated_at FROM ci_runners;
