-- partition 100: pipelines 1..25000 with every 9th id missing, in 40 projects, iid per project; every
-- 23rd has no iid (skipped). Partition 101: pipelines 30001..31000 (another migration's).
INSERT INTO p_ci_pipelines (id, iid, project_id, status, created_at, partition_id)
SELECT g, CASE WHEN g % 23 <> 0 THEN g / 40 + 1 END, g % 40 + 1, 'success', timestamp '2025-01-01', 100
FROM generate_series(1, 25000) g WHERE g % 9 <> 0;
INSERT INTO p_ci_pipelines (id, iid, project_id, status, created_at, partition_id)
SELECT g, g, 1000 + g % 5, 'success', timestamp '2025-06-01', 101 FROM generate_series(30001, 31000) g;

-- iids already recorded (ON CONFLICT DO NOTHING keeps them): some of partition 100's and some unrelated
INSERT INTO p_ci_pipeline_iids (project_id, iid)
SELECT project_id, iid FROM gitlab_partitions_dynamic.ci_pipelines_100 WHERE id % 50 = 1 AND iid IS NOT NULL
ON CONFLICT DO NOTHING;
INSERT INTO p_ci_pipeline_iids (project_id, iid) SELECT 5000, n FROM generate_series(1, 30) n;
CREATE TABLE original_iids AS SELECT * FROM p_ci_pipeline_iids;
