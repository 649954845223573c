-- every row whose pipeline exists has that pipeline's partition_id
SELECT r.pipeline_id, r.partition_id, p.partition_id FROM ci_pipeline_metadata r
JOIN ci_pipelines p ON p.id = r.pipeline_id WHERE r.partition_id <> p.partition_id
