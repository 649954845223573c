-- variables whose pipeline is missing (or is in another partition) are deleted
SELECT v.id, v.pipeline_id, v.partition_id FROM p_ci_pipeline_variables v
WHERE NOT EXISTS (SELECT 1 FROM p_ci_pipelines p WHERE p.id = v.pipeline_id AND p.partition_id = v.partition_id)
