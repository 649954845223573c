-- pipelines 1..1500 (every 7th id missing), pipeline p in partition 100 + p % 3
INSERT INTO p_ci_pipelines (id, partition_id, project_id, status)
SELECT p, 100 + p % 3, 1, 'canceled' FROM generate_series(1, 1500) p WHERE p % 7 <> 0;
-- builds 1..4000 in partition 100 + b % 3; most were not auto-canceled (NULL); the others point at pipeline
-- 1 + b % 1600 (missing above 1500 and every 7th), with the pipeline's partition, or (every 11th) another
-- partition, or (every 17th) a NULL partition id
INSERT INTO p_ci_builds (id, partition_id, project_id, status, name, type, updated_at, auto_canceled_by_id,
    auto_canceled_by_partition_id)
SELECT b, 100 + b % 3, 1, 'canceled', 'job', 'Ci::Build', '2024-01-01',
       CASE WHEN b % 4 = 0 THEN NULL ELSE 1 + b % 1600 END,
       CASE WHEN b % 4 = 0 THEN NULL WHEN b % 17 = 0 THEN NULL
            WHEN b % 11 = 0 THEN 100 + (2 + b % 1600) % 3 ELSE 100 + (1 + b % 1600) % 3 END
FROM generate_series(1, 4000) b;
CREATE TABLE original_builds AS SELECT id, partition_id, auto_canceled_by_id, auto_canceled_by_partition_id FROM p_ci_builds;
