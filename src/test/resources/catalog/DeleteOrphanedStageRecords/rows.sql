-- pipelines 1..1600 in partitions 100 and 101, every 6th missing (its stages are orphans)
INSERT INTO p_ci_pipelines (id, project_id, status, created_at, updated_at, partition_id)
SELECT n, 1, 'success', now(), now(), 100 + n % 2 FROM generate_series(1, 1600) n WHERE n % 6 <> 1;

-- 1 to 3 stages per pipeline id 1..1600 (every 11th id has none, a gap); every 7th stage sits in the
-- other partition than its pipeline (an orphan too); a few stages without a pipeline_id (outside every batch)
INSERT INTO p_ci_stages (id, project_id, created_at, updated_at, name, status, "position", pipeline_id, partition_id)
SELECT row_number() OVER (ORDER BY random()), 1, now(), now(), 'stage-' || k, 1, k, n,
       CASE WHEN (n + k) % 7 = 0 THEN 101 - n % 2 ELSE 100 + n % 2 END
FROM generate_series(1, 1600) n CROSS JOIN generate_series(1, 1 + n % 3) k
WHERE n % 11 <> 4;
INSERT INTO p_ci_stages (id, project_id, name, pipeline_id, partition_id)
SELECT 100000 + g, 1, 'loose', NULL, 100 FROM generate_series(1, 5) g;

CREATE TABLE original_stages AS SELECT * FROM p_ci_stages;
