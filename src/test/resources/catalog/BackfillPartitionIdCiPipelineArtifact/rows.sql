-- pipelines 1..3000 (every 10th missing) in partitions 100, 101 and 102; builds in partitions 100 and 101, so
-- uses_multiple_partitions? is true
INSERT INTO ci_pipelines (id, project_id, status, partition_id)
SELECT g, 1, 'success', 100 + g % 3 FROM generate_series(1, 3000) g WHERE g % 10 <> 0;
INSERT INTO p_ci_builds (id, commit_id, partition_id) VALUES (1, 1, 100), (2, 2, 101);
-- about 3000 rows with gaps, all still on the default partition 100, pointing at existing and missing pipelines
INSERT INTO ci_pipeline_artifacts (id, created_at, updated_at, project_id, size, file_type, file_format, file, pipeline_id, partition_id)
SELECT g, '2024-01-01', '2024-01-01', 1, 10, 1, 1, 'code_quality.json', 1 + g % 310, 100
FROM generate_series(1, 3500) g WHERE g % 7 <> 0;
CREATE TABLE original_rows AS SELECT * FROM ci_pipeline_artifacts;
