-- builds without an upstream pipeline, or whose upstream pipeline is gone, keep their value; none lost; updated_at kept
SELECT o.id FROM original_builds o LEFT JOIN p_ci_builds b ON b.id = o.id AND b.partition_id = o.partition_id
WHERE b.id IS NULL OR b.updated_at <> o.updated_at
   OR (NOT EXISTS (SELECT 1 FROM ci_pipelines p WHERE p.id = o.upstream_pipeline_id)
       AND b.upstream_pipeline_partition_id IS DISTINCT FROM o.upstream_pipeline_partition_id)
