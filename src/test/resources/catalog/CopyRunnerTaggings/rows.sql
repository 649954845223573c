-- runners r in 1..1500 (every 6th id missing) of type 1 + r % 3 (1 instance, 2 group, 3 project); group and project
-- runners have sharding key 5000 + r, except every 7th (NULL: not copied); instance runners have none.
INSERT INTO ci_runners (id, runner_type, sharding_key_id)
SELECT r, 1 + r % 3, CASE WHEN r % 3 = 0 OR r % 7 = 0 THEN NULL ELSE 5000 + r END
FROM generate_series(1, 1500) r WHERE r % 6 <> 0;
-- the partitioned copy has every runner it can hold except every 11th (not copied yet: the inner join skips it)
INSERT INTO ci_runners_e59bb2812d (id, runner_type, sharding_key_id)
SELECT id, runner_type, sharding_key_id FROM ci_runners
WHERE id % 11 <> 0 AND (runner_type = 1 OR sharding_key_id IS NOT NULL);
-- runner r has tags 101 .. 101 + r % 3 as 'Ci::Runner' taggings (every 19th twice over tag 101), and a
-- 'Project' tagging (tag 900) with the same taggable_id, which must not be copied
INSERT INTO taggings (tag_id, taggable_type, taggable_id, context)
SELECT 100 + k, 'Ci::Runner', r, 'tags' FROM generate_series(1, 1500) r, generate_series(1, 3) k WHERE k <= 1 + r % 3
UNION ALL SELECT 101, 'Ci::Runner', r, 'tags' FROM generate_series(19, 1500, 19) r
UNION ALL SELECT 900, 'Project', r, 'topics' FROM generate_series(1, 1500) r;
-- every 13th runner's tag 101 is already copied, with a sharding key the job must leave alone (ON CONFLICT)
INSERT INTO ci_runner_taggings (tag_id, runner_id, sharding_key_id, runner_type)
SELECT 101, id, 424242, runner_type FROM ci_runners_e59bb2812d WHERE id % 13 = 0;
-- the runner taggings GitLab's Ruby leaves, from the construction above
CREATE TABLE expected_taggings AS
SELECT 100 + k AS tag_id, r AS runner_id,
       CASE WHEN r % 13 = 0 AND k = 1 THEN 424242 WHEN r % 3 = 0 THEN NULL ELSE 5000 + r END AS sharding_key_id,
       1 + r % 3 AS runner_type
FROM generate_series(1, 1500) r, generate_series(1, 3) k
WHERE k <= 1 + r % 3 AND r % 6 <> 0 AND r % 11 <> 0 AND (r % 3 = 0 OR r % 7 <> 0);
