-- configs before pipeline 1200 and configs whose pipeline is gone keep partition 100; no config is lost
SELECT o.pipeline_id FROM original_configs o LEFT JOIN ci_pipelines_config c ON c.pipeline_id = o.pipeline_id
WHERE c.pipeline_id IS NULL OR c.content <> o.content
   OR ((o.pipeline_id < 1200 OR NOT EXISTS (SELECT 1 FROM ci_pipelines p WHERE p.id = o.pipeline_id))
       AND c.partition_id <> o.partition_id)
