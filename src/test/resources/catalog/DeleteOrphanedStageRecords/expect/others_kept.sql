-- stages of existing pipelines in the same partition, and stages without a pipeline_id, are all still there
SELECT o.id FROM original_stages o
WHERE (o.pipeline_id IS NULL
       OR EXISTS (SELECT 1 FROM p_ci_pipelines p WHERE p.id = o.pipeline_id AND p.partition_id = o.partition_id))
  AND NOT EXISTS (SELECT 1 FROM p_ci_stages s WHERE s.id = o.id AND s.partition_id = o.partition_id)
