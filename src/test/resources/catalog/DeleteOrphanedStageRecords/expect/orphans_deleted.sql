-- no stage with a pipeline_id is left without a pipeline of the same id and partition
SELECT s.id FROM p_ci_stages s
WHERE s.pipeline_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM p_ci_pipelines p WHERE p.id = s.pipeline_id AND p.partition_id = s.partition_id)
