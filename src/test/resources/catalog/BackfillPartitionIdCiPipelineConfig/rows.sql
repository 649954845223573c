-- pipelines 1..3500 (every 10th missing); the first build in partition 101 belongs to pipeline 1200, so only
-- configs from pipeline 1200 on are in scope
INSERT INTO ci_pipelines (id, project_id, status, partition_id)
SELECT g, 1, 'success', 100 + g % 3 FROM generate_series(1, 3500) g WHERE g % 10 <> 0;
INSERT INTO p_ci_builds (id, commit_id, partition_id) VALUES (1, 5, 100), (2, 1200, 101), (3, 1500, 101), (4, 900, 100);
-- configs for pipelines 1..3500 with gaps (every 7th missing), all on the default partition 100
INSERT INTO ci_pipelines_config (pipeline_id, content, partition_id)
SELECT g, 'stages: [test]', 100 FROM generate_series(1, 3500) g WHERE g % 7 <> 0;
CREATE TABLE original_configs AS SELECT * FROM ci_pipelines_config;
