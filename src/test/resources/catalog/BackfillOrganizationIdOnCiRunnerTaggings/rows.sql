-- taggings 1..3000 with every 6th id missing: runner_type 1 + n % 3 (instance ones have no sharding key);
-- a few already carry an organization_id (7) that the job overwrites on group/project taggings
INSERT INTO ci_runner_taggings (id, tag_id, runner_id, sharding_key_id, runner_type, organization_id)
SELECT n, 1 + n % 40, 1 + n % 500, CASE WHEN n % 3 <> 0 THEN 100 + n % 50 END, 1 + n % 3,
       CASE WHEN n % 10 = 0 THEN 7 END
FROM generate_series(1, 3000) n WHERE n % 6 <> 1;

CREATE TABLE original_taggings AS SELECT * FROM ci_runner_taggings;
