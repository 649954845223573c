-- upstream pipelines 1..1500 (every 10th missing) in partitions 100..102
INSERT INTO ci_pipelines (id, project_id, status, created_at, partition_id)
SELECT g, 1, 'success', '2024-01-01', 100 + g % 3 FROM generate_series(1, 1500) g WHERE g % 10 <> 0;
-- 4000 builds: most with an upstream pipeline (several builds share one; ids up to 1600, so some are missing),
-- every 5th with none; a few already carry a (wrong) upstream_pipeline_partition_id
INSERT INTO p_ci_builds (id, partition_id, project_id, status, name, updated_at, upstream_pipeline_id, upstream_pipeline_partition_id)
SELECT g, 100 + g % 3, 1, 'success', 'build-' || g, '2024-01-01',
       CASE WHEN g % 5 = 0 THEN NULL ELSE 1 + (g * 7) % 1600 END,
       CASE WHEN g % 13 = 0 THEN 999 END
FROM generate_series(1, 4000) g;
CREATE TABLE original_builds AS SELECT id, partition_id, upstream_pipeline_id, upstream_pipeline_partition_id, updated_at FROM p_ci_builds;
