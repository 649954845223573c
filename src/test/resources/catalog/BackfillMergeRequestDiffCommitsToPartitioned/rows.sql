-- diffs 1..400 except every 17th (their commits are dropped: INNER JOIN); diff d belongs to merge request
-- 100 + d / 2 and project 3000 + d % 13; the merge requests of every 19th diff are excluded
INSERT INTO merge_request_diffs (id, state, merge_request_id, project_id)
SELECT d, 'collected', 100 + d / 2, 3000 + d % 13 FROM generate_series(1, 400) d WHERE d % 17 <> 0;
INSERT INTO excluded_merge_requests (merge_request_id)
SELECT DISTINCT 100 + d / 2 FROM generate_series(1, 400) d WHERE d % 19 = 0;

-- 1..12 commits per diff (about 2,600); the sha repeats across the diffs of a project (the same commit
-- copied across diffs, identical author, committer, dates and message: one metadata row per project and
-- sha); legacy rows with a NULL author, committer or sha are left out; every 6th commit already has a
-- metadata id (kept as it is)
INSERT INTO merge_request_diff_commits (authored_date, committed_date, merge_request_diff_id, relative_order, sha,
  message, commit_author_id, committer_id, merge_request_commits_metadata_id)
SELECT timestamp '2026-01-01' + (o * 37 % 200) * interval '1 hour',
  timestamp '2026-01-02' + (o * 37 % 200) * interval '1 hour', d, o,
  CASE WHEN (d + o) % 29 = 0 THEN NULL ELSE decode(md5('c' || (o * 37 % 200)), 'hex') END,
  'commit ' || (o * 37 % 200),
  CASE WHEN (d + o) % 31 = 0 THEN NULL ELSE 50 + (o * 37 % 200) % 9 END,
  CASE WHEN (d + o) % 23 = 0 THEN NULL ELSE 60 + (o * 37 % 200) % 5 END,
  CASE WHEN (d * 5 + o) % 6 = 0 THEN 900000 + d * 100 + o END
FROM generate_series(1, 400) d, generate_series(0, 11) o WHERE o <= d % 12;

-- metadata that exists already for some (project, sha) keys: ON CONFLICT keeps its values and returns its id
INSERT INTO merge_request_commits_metadata (project_id, sha, commit_author_id, committer_id, authored_date,
  committed_date, message)
SELECT DISTINCT md.project_id, c.sha, 1, 1, timestamp '2000-01-01', timestamp '2000-01-01', 'pre-existing'
FROM merge_request_diff_commits c JOIN merge_request_diffs md ON md.id = c.merge_request_diff_id
WHERE c.sha IS NOT NULL AND c.relative_order = 3 AND md.project_id % 4 = 0;

-- a few commits are in the copy already (the sync trigger): left as they are
INSERT INTO merge_request_diff_commits_b5377a7a34 (merge_request_commits_metadata_id, merge_request_diff_id,
  relative_order, project_id)
SELECT 1, c.merge_request_diff_id, c.relative_order, md.project_id
FROM merge_request_diff_commits c JOIN merge_request_diffs md ON md.id = c.merge_request_diff_id
WHERE (c.merge_request_diff_id + c.relative_order * 3) % 41 = 0;

CREATE TABLE metadata_before AS SELECT * FROM merge_request_commits_metadata;
CREATE TABLE copy_before AS SELECT * FROM merge_request_diff_commits_b5377a7a34;
CREATE VIEW eligible_commits AS
SELECT c.*, md.project_id, md.merge_request_id
FROM merge_request_diff_commits c JOIN merge_request_diffs md ON md.id = c.merge_request_diff_id
WHERE NOT EXISTS (SELECT 1 FROM excluded_merge_requests e WHERE e.merge_request_id = md.merge_request_id)
  AND c.commit_author_id IS NOT NULL AND c.committer_id IS NOT NULL AND c.sha IS NOT NULL;
