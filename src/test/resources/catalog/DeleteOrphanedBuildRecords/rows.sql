-- 3,000 pipelines, ids 1..3300 with every 11th missing (gaps), in partitions 100..102 by id % 3; some
-- pipelines have several builds. 18,000 builds over commit_ids 1..3600 (so 3301..3600 never had a
-- pipeline): each pipeline-id's builds are in the pipeline's partition, except those with id % 17 = 0,
-- which point at the right pipeline id in another partition (orphaned: deleted, as the Ruby compares
-- partition_id too). Every 23rd build has no commit_id (never batched: kept).
INSERT INTO p_ci_pipelines (id, partition_id, project_id, status, created_at)
SELECT g, 100 + g % 3, 600 + g % 7, 'success', timestamp '2024-01-01' + g * interval '1 minute'
FROM generate_series(1, 3300) g WHERE g % 11 <> 0;

INSERT INTO p_ci_builds (id, partition_id, commit_id, project_id, name, status, created_at)
SELECT b, CASE WHEN b % 17 = 0 THEN 100 + (c + 1) % 3 ELSE 100 + c % 3 END,
       CASE WHEN b % 23 = 0 THEN NULL ELSE c END, 600 + c % 7, 'build ' || b, 'success',
       timestamp '2024-01-01' + b * interval '1 second'
FROM (SELECT b, 1 + (b * 7) % 3600 AS c FROM generate_series(1, 18000) b) s;

CREATE TABLE bbm_case_builds_before AS SELECT * FROM p_ci_builds;
