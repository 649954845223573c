-- builds with a commit_id whose pipeline (same id and partition_id) does not exist are deleted
SELECT b.id, b.partition_id FROM p_ci_builds b
WHERE b.commit_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM p_ci_pipelines p WHERE p.id = b.commit_id AND p.partition_id = b.partition_id)
