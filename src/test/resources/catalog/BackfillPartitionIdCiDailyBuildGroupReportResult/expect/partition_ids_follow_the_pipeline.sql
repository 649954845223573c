-- every result row whose last pipeline exists has that pipeline's partition_id
SELECT r.id, r.partition_id, p.partition_id FROM ci_daily_build_group_report_results r
JOIN ci_pipelines p ON p.id = r.last_pipeline_id WHERE r.partition_id <> p.partition_id
