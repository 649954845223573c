-- 500 merge requests (every 9th missing), target project 1000 + id, some with a different source project
INSERT INTO merge_requests (id, target_branch, source_branch, target_project_id, source_project_id, lock_version)
SELECT g, 'main', 'feature-' || g, 1000 + g, CASE WHEN g % 4 = 0 THEN 5 ELSE 1000 + g END, 0
FROM generate_series(1, 500) g WHERE g % 9 <> 0;
-- 3000 diffs with gaps: most without project_id, every 5th already set to an unrelated project (must stay)
INSERT INTO merge_request_diffs (id, state, merge_request_id, created_at, updated_at, project_id)
SELECT g, 'collected', 1 + g % 500, '2024-01-01', '2024-01-01', CASE WHEN g % 5 = 0 THEN 7 END
FROM generate_series(1, 3600) g WHERE g % 6 <> 0;
CREATE TABLE original_diffs AS SELECT * FROM merge_request_diffs;
