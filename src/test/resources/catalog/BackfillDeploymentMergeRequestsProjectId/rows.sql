-- deployments 1..400 except every 11th (their merge request links point at a missing deployment)
INSERT INTO deployments (id, iid, project_id, environment_id, ref, tag, sha, status)
SELECT g, g, 5000 + g % 37, 900 + g % 7, 'main', false, md5(g::text), 2
FROM generate_series(1, 400) g WHERE g % 11 <> 0;

-- 1..8 merge requests per deployment (ids with gaps); every 5th link already has a project_id of its
-- own (kept: the Ruby only updates rows whose project_id IS NULL)
INSERT INTO deployment_merge_requests (deployment_id, merge_request_id, environment_id, project_id)
SELECT d, d * 10 + m * 3, 900 + d % 7, CASE WHEN (d + m) % 5 = 0 THEN 77 END
FROM generate_series(1, 400) d, generate_series(1, 8) m
WHERE m <= 1 + d % 8;

CREATE TABLE original_links AS SELECT * FROM deployment_merge_requests;
