-- every pipeline whose auto-cancelling pipeline exists carries that pipeline's partition_id
SELECT p.id, p.auto_canceled_by_partition_id, c.partition_id FROM ci_pipelines p
JOIN original_pipelines o ON o.id = p.id JOIN ci_pipelines c ON c.id = o.auto_canceled_by_id
WHERE p.auto_canceled_by_partition_id IS DISTINCT FROM c.partition_id
