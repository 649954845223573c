-- no build points at a pipeline that does not exist (same id and partition)
SELECT b.id, b.auto_canceled_by_id, b.auto_canceled_by_partition_id FROM p_ci_builds b
WHERE (b.auto_canceled_by_id IS NOT NULL OR b.auto_canceled_by_partition_id IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM p_ci_pipelines p WHERE p.id = b.auto_canceled_by_id
                    AND p.partition_id = b.auto_canceled_by_partition_id)
