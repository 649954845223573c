-- pipelines 1..3000 (every 10th missing) in partitions 100, 101 and 102; builds in partitions 100 and 101, so
-- uses_multiple_partitions? is true
INSERT INTO ci_pipelines (id, project_id, status, partition_id)
SELECT g, 1, 'success', 100 + g % 3 FROM generate_series(1, 3000) g WHERE g % 10 <> 0;
INSERT INTO p_ci_builds (id, commit_id, partition_id) VALUES (1, 1, 100), (2, 2, 101);
-- about 3000 rows with gaps, all still on the default partition 100, pointing at existing and missing pipelines
INSERT INTO ci_pipeline_metadata (project_id, name, pipeline_id, partition_id)
SELECT 1, 'pipeline ' || g, g, 100
FROM generate_series(1, 3500) g WHERE g % 7 <> 0;
CREATE TABLE original_rows AS SELECT * FROM ci_pipeline_metadata;
