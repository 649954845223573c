-- pipelines 1..1500 (every 11th id missing); pipeline g lives in partition 100 + g % 3, except every 13th that
-- lives in partition 102 while its variables say 101 (same id, other partition: orphaned for the Ruby).
INSERT INTO p_ci_pipelines (id, partition_id, project_id, status)
SELECT g, CASE WHEN g % 13 = 0 THEN 102 ELSE 100 + g % 3 END, g % 50, 'success'
FROM generate_series(1, 1500) g WHERE g % 11 <> 0;
-- one to three variables per pipeline id 1..1600 (ids above 1500 and every 11th have no pipeline at all)
INSERT INTO p_ci_pipeline_variables (id, key, value, partition_id, pipeline_id, project_id)
SELECT row_number() OVER (ORDER BY g, k), 'VAR_' || k, 'v', CASE WHEN g % 13 = 0 THEN 101 ELSE 100 + g % 3 END, g, g % 50
FROM generate_series(1, 1600) g, generate_series(1, 1 + g % 3) k;
-- what must remain: the variables whose pipeline exists in the same partition
CREATE TABLE expected_variables AS
SELECT v.id FROM p_ci_pipeline_variables v
WHERE EXISTS (SELECT 1 FROM p_ci_pipelines p WHERE p.id = v.pipeline_id AND p.partition_id = v.partition_id);
