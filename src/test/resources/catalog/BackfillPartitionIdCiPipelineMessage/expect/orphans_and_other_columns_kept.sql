-- messages whose pipeline is gone keep partition 100, no message is lost, and no other column changes
SELECT o.id FROM original_messages o LEFT JOIN ci_pipeline_messages m ON m.id = o.id
WHERE m.id IS NULL OR m.content <> o.content OR m.severity <> o.severity OR m.pipeline_id <> o.pipeline_id
   OR (NOT EXISTS (SELECT 1 FROM ci_pipelines p WHERE p.id = o.pipeline_id) AND m.partition_id <> o.partition_id)
