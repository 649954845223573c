-- rows whose pipeline is gone keep partition 100, and no row is lost
SELECT o.pipeline_id FROM original_rows o LEFT JOIN ci_pipeline_metadata r ON r.pipeline_id = o.pipeline_id
WHERE r.pipeline_id IS NULL OR r.pipeline_id <> o.pipeline_id
   OR (NOT EXISTS (SELECT 1 FROM ci_pipelines p WHERE p.id = o.pipeline_id) AND r.partition_id <> o.partition_id)
