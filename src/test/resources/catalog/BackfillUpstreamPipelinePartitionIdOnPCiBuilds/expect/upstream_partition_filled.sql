-- every build whose upstream pipeline exists carries that pipeline's partition_id
SELECT b.id, b.upstream_pipeline_partition_id, p.partition_id FROM p_ci_builds b
JOIN ci_pipelines p ON p.id = b.upstream_pipeline_id
WHERE b.upstream_pipeline_partition_id IS DISTINCT FROM p.partition_id
