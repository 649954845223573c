-- runners r in 1..1500 (every 9th has no rows at all). Runner projects of r: the owner project 10000 + r, except
-- when r % 4 = 0 (the owner link is gone); and fallbacks 20000 + r * 10 + k for k 1..3 with id r * 10 + (4 - k), so
-- the lowest id holds the highest project_id (the Ruby orders by id); when r % 8 = 0 the runner has none at all.
INSERT INTO ci_runner_projects (id, runner_id, project_id)
SELECT 100000 + r, r, 10000 + r FROM generate_series(1, 1500) r WHERE r % 4 <> 0 AND r % 9 <> 0
UNION ALL
SELECT r * 10 + (4 - k), r, 20000 + r * 10 + k FROM generate_series(1, 1500) r, generate_series(1, 3) k
WHERE r % 8 <> 0 AND r % 9 <> 0;
-- taggings: runner r has tags 1 .. 1 + r % 3 with runner type 3 and sharding key 10000 + r (its owner project), and
-- every 5th runner is a group runner (type 2, same sharding key: never touched); plus one instance tagging (type 1,
-- NULL key) for every 7th runner.
INSERT INTO ci_runner_taggings (id, tag_id, runner_id, runner_type, sharding_key_id)
SELECT r * 10 + k, k, r, CASE WHEN r % 5 = 0 THEN 2 ELSE 3 END, 10000 + r
FROM generate_series(1, 1500) r, generate_series(1, 3) k WHERE k <= 1 + r % 3
UNION ALL
SELECT r * 10 + 9, 9, r, 1, NULL FROM generate_series(7, 1500, 7) r;
CREATE TABLE original_rows AS SELECT id, runner_id, runner_type, sharding_key_id FROM ci_runner_taggings;
