-- builds whose auto-cancelling pipeline exists keep both columns, and no build is lost
SELECT o.id, o.auto_canceled_by_id FROM original_builds o
LEFT JOIN p_ci_builds b ON b.id = o.id AND b.partition_id = o.partition_id
WHERE b.id IS NULL
   OR (EXISTS (SELECT 1 FROM p_ci_pipelines p WHERE p.id = o.auto_canceled_by_id AND p.partition_id = o.auto_canceled_by_partition_id)
       AND (b.auto_canceled_by_id IS DISTINCT FROM o.auto_canceled_by_id
            OR b.auto_canceled_by_partition_id IS DISTINCT FROM o.auto_canceled_by_partition_id))
   OR b.updated_at <> '2024-01-01'
