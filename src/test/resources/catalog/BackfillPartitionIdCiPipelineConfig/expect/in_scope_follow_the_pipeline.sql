-- every config from pipeline 1200 on whose pipeline exists has that pipeline's partition_id
SELECT c.pipeline_id, c.partition_id, p.partition_id FROM ci_pipelines_config c
JOIN ci_pipelines p ON p.id = c.pipeline_id WHERE c.pipeline_id >= 1200 AND c.partition_id <> p.partition_id
