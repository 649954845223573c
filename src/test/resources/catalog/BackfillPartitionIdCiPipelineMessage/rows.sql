-- pipelines 1..300 (every 10th missing) in partitions 100, 101 and 102
INSERT INTO ci_pipelines (id, project_id, status, created_at, partition_id)
SELECT g, 1, 'success', '2024-01-01', 100 + g % 3 FROM generate_series(1, 300) g WHERE g % 10 <> 0;
-- 3000 messages with gaps, all still on the default partition 100, pointing at existing and missing pipelines
INSERT INTO ci_pipeline_messages (id, severity, content, pipeline_id, partition_id)
SELECT g, g % 2, 'message ' || g, 1 + g % 310, 100
FROM generate_series(1, 3500) g WHERE g % 7 <> 0;
CREATE TABLE original_messages AS SELECT * FROM ci_pipeline_messages;
