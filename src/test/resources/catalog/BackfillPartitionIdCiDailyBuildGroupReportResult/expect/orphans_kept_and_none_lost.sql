-- rows whose pipeline is gone keep partition 100, and no row is lost
SELECT o.id FROM original_results o LEFT JOIN ci_daily_build_group_report_results r ON r.id = o.id
WHERE r.id IS NULL
   OR (NOT EXISTS (SELECT 1 FROM ci_pipelines p WHERE p.id = o.last_pipeline_id) AND r.partition_id <> o.partition_id)
