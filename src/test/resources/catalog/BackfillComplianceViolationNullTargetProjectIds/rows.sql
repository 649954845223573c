-- merge requests 1..900 (target project 500 + id % 60); violations 1..2500 with every 8th missing,
-- on merge request id % 950 + 1 (ids above 900 have no merge request: left NULL); every 4th already
-- has a target_project_id of its own (7), which the job keeps.
INSERT INTO merge_requests (id, target_branch, source_branch, target_project_id, title)
SELECT g, 'main', 'feature-' || g, 500 + g % 60, 'mr ' || g FROM generate_series(1, 900) g;
INSERT INTO merge_requests_compliance_violations (id, violating_user_id, merge_request_id, reason, target_project_id, title)
SELECT g, 1 + g % 30, g % 950 + 1, g % 3, CASE WHEN g % 4 = 0 THEN 7 END, 'v' || g
FROM generate_series(1, 2500) g WHERE g % 8 <> 0;
CREATE TABLE violations_before AS SELECT * FROM merge_requests_compliance_violations;
