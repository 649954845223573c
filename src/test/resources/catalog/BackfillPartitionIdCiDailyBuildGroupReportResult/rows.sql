-- pipelines 1..300 (every 10th missing) in partitions 100, 101 and 102
INSERT INTO ci_pipelines (id, project_id, status, created_at, partition_id)
SELECT g, 1, 'success', '2024-01-01', 100 + g % 3 FROM generate_series(1, 300) g WHERE g % 10 <> 0;
-- 3000 result rows with gaps, all still on the default partition 100, pointing at existing and missing pipelines
INSERT INTO ci_daily_build_group_report_results (id, date, project_id, last_pipeline_id, ref_path, group_name, data, partition_id)
SELECT g, '2024-01-01'::date + g, 1, 1 + g % 310, 'refs/heads/main', 'rspec-' || g, '{}', 100
FROM generate_series(1, 3500) g WHERE g % 7 <> 0;
CREATE TABLE original_results AS SELECT id, last_pipeline_id, partition_id FROM ci_daily_build_group_report_results;
