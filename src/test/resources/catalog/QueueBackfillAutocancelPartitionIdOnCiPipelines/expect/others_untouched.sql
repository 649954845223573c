-- pipelines not auto-cancelled, or cancelled by a pipeline that is gone, keep their value; none lost; updated_at kept
SELECT o.id FROM original_pipelines o LEFT JOIN ci_pipelines p ON p.id = o.id
WHERE p.id IS NULL OR p.updated_at <> o.updated_at
   OR (NOT EXISTS (SELECT 1 FROM ci_pipelines c WHERE c.id = o.auto_canceled_by_id)
       AND p.auto_canceled_by_partition_id IS DISTINCT FROM o.auto_canceled_by_partition_id)
