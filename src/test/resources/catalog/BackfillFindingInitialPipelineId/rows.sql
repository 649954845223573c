-- 2800 findings (every 12th id missing). initial/latest start as: both NULL (f % 4 = 0), only initial NULL
-- (f % 4 = 1), only latest NULL (f % 4 = 2), both set to stale values 1/2 (f % 4 = 3: out of scope, kept).
-- Each finding but every 7th has 1 to 4 occurrence pipelines, ids 1000*k + f, inserted in shuffled order.
INSERT INTO vulnerability_occurrences (id, created_at, updated_at, project_id, uuid, initial_pipeline_id, latest_pipeline_id)
SELECT f, timestamptz '2023-01-01', timestamptz '2023-01-01', 1, md5('f' || f)::uuid,
       CASE WHEN f % 4 IN (2, 3) THEN 1 END, CASE WHEN f % 4 IN (1, 3) THEN 2 END
FROM generate_series(1, 3050) f WHERE f % 12 <> 0;
INSERT INTO vulnerability_occurrence_pipelines (id, created_at, updated_at, occurrence_id, pipeline_id)
SELECT row_number() OVER (ORDER BY random()), now(), now(), f, 1000 * k + f
FROM generate_series(1, 3050) f CROSS JOIN generate_series(1, 4) k
WHERE f % 12 <> 0 AND f % 7 <> 0 AND k <= (f % 4) + 1;

CREATE TABLE original_findings AS SELECT * FROM vulnerability_occurrences;
