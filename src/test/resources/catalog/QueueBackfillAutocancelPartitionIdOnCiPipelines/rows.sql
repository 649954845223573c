-- 1..7000 with every 8th id missing, in partitions 100..102; every 4th was auto-cancelled by another pipeline
-- (some of which are missing), a few already carry a wrong auto_canceled_by_partition_id, and a few have a
-- partition id but no auto_canceled_by_id (left alone)
INSERT INTO ci_pipelines (id, project_id, ref, status, created_at, updated_at, partition_id, auto_canceled_by_id, auto_canceled_by_partition_id)
SELECT g, 1, 'main', 'success', '2024-01-01', '2024-01-01', 100 + g % 3,
       CASE WHEN g % 4 = 0 THEN 1 + (g * 11) % 7100 END,
       CASE WHEN g % 12 = 0 OR g % 19 = 0 THEN 999 END
FROM generate_series(1, 7000) g WHERE g % 8 <> 0;
CREATE TABLE original_pipelines AS SELECT id, auto_canceled_by_id, auto_canceled_by_partition_id, updated_at FROM ci_pipelines;
