-- diffs 1..300 except every 13th (their files stay behind: the Ruby's INNER JOIN), project 7000 + d % 41
INSERT INTO merge_request_diffs (id, state, merge_request_id, project_id)
SELECT d, 'collected', 100 + d, 7000 + d % 41 FROM generate_series(1, 300) d WHERE d % 13 <> 0;

-- 1..9 files per diff (about 1,500 rows, so sub-batches of 200 cut through a diff's files); every 4th
-- file renamed (new_path differs from old_path), the rest keep their path (copied as NULL); every 5th
-- file has a project_id of its own (kept), the others take their diff's
INSERT INTO merge_request_diff_files (merge_request_diff_id, relative_order, new_file, renamed_file,
  deleted_file, too_large, a_mode, b_mode, new_path, old_path, diff, "binary", external_diff_offset,
  external_diff_size, generated, encoded_file_path, project_id)
SELECT d, o, o % 2 = 0, o % 4 = 1, o % 9 = 8, false, '100644', '100755',
  CASE WHEN o % 4 = 1 THEN 'new/' ELSE 'src/' END || d || '/' || o, 'src/' || d || '/' || o,
  'diff ' || d || '/' || o, CASE WHEN o % 3 = 0 THEN NULL ELSE o % 2 = 1 END, o * 10, o * 100,
  o % 6 = 0, o % 7 = 0, CASE WHEN (d + o) % 5 = 0 THEN 1 END
FROM generate_series(1, 300) d, generate_series(0, 8) o WHERE o <= d % 9;

-- a few files are in the copy already (written by GitLab's sync trigger): ON CONFLICT leaves them
INSERT INTO merge_request_diff_files_99208b8fac (merge_request_diff_id, relative_order, new_file, renamed_file,
  deleted_file, too_large, a_mode, b_mode, new_path, old_path, diff, project_id)
SELECT merge_request_diff_id, relative_order, new_file, renamed_file, deleted_file, too_large, a_mode, b_mode,
  'already there', old_path, 'synced', 99
FROM merge_request_diff_files WHERE (merge_request_diff_id * 7 + relative_order) % 17 = 0;

CREATE TABLE synced_before AS SELECT * FROM merge_request_diff_files_99208b8fac;
