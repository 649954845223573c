-- every message whose pipeline exists has that pipeline's partition_id
SELECT m.id, m.partition_id, p.partition_id FROM ci_pipeline_messages m
JOIN ci_pipelines p ON p.id = m.pipeline_id WHERE m.partition_id <> p.partition_id
