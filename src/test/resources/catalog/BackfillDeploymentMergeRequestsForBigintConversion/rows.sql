-- deployments 1..400 (every 11th without links), 1..8 merge requests each; environment_id NULL on some;
-- some rows already hold (stale) copies, which the copy overwrites
INSERT INTO deployment_merge_requests (deployment_id, merge_request_id, environment_id, project_id,
       deployment_id_convert_to_bigint, merge_request_id_convert_to_bigint, environment_id_convert_to_bigint)
SELECT d, d * 10 + m * 3, CASE WHEN (d + m) % 6 <> 0 THEN 900 + d % 7 END, 5000 + d % 37,
       CASE WHEN m = 2 THEN 1 END, CASE WHEN m = 2 THEN 2 END, CASE WHEN m = 3 THEN 3 END
FROM generate_series(1, 400) d, generate_series(1, 8) m
WHERE m <= 1 + d % 8 AND d % 11 <> 0;

CREATE TABLE original_links AS SELECT * FROM deployment_merge_requests;
