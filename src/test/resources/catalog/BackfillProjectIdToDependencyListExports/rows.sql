-- pipelines 1..600 of project 1000 + id, the first 300 in partition 100, the rest in 101; pipeline ids
-- 601..650 do not exist.
INSERT INTO p_ci_pipelines (id, partition_id, project_id, status, created_at)
SELECT g, CASE WHEN g <= 300 THEN 100 ELSE 101 END, 1000 + g, 'success', now()
FROM generate_series(1, 600) g;

-- exports 1..2600, every 9th id missing. Every 10th has no pipeline_id (out of scope: stays, even when
-- finished long ago); the others point at pipeline 1 + id % 650 (ids over 600 are missing: deleted).
-- status cycles 0 (created), 1 (running), 2 (finished), -1 (failed); every 3rd was last updated 5 hours
-- ago (a finished or failed one is dangling: deleted), the others 1 hour ago (kept). project_id: every
-- 5th NULL (organization_id satisfies the CHECK), every 5th + 1 already the pipeline's, the others wrong.
INSERT INTO dependency_list_exports (id, created_at, updated_at, project_id, status, pipeline_id, organization_id)
SELECT g, now() - interval '1 day',
       now() - CASE WHEN g % 3 = 0 THEN interval '5 hours' ELSE interval '1 hour' END,
       CASE WHEN g % 5 = 0 THEN NULL WHEN g % 5 = 1 THEN 1000 + 1 + g % 650 ELSE 99999 END,
       (ARRAY[0, 1, 2, -1])[1 + g % 4],
       CASE WHEN g % 10 <> 0 THEN 1 + g % 650 END,
       1
FROM generate_series(1, 2600) g WHERE g % 9 <> 0;

-- the exports as they were, for the expectations
CREATE TABLE dependency_list_exports_before AS SELECT * FROM dependency_list_exports;
