-- files whose diff is gone are not copied, rows already in the copy keep their content, and the copy
-- holds nothing but files of merge_request_diff_files
SELECT c.merge_request_diff_id, c.relative_order, 'orphan copied' AS problem
FROM merge_request_diff_files_99208b8fac c
WHERE NOT EXISTS (SELECT 1 FROM merge_request_diffs d WHERE d.id = c.merge_request_diff_id)
  AND NOT EXISTS (SELECT 1 FROM synced_before s
                  WHERE s.merge_request_diff_id = c.merge_request_diff_id AND s.relative_order = c.relative_order)
UNION ALL
SELECT s.merge_request_diff_id, s.relative_order, 'synced row changed'
FROM synced_before s
LEFT JOIN merge_request_diff_files_99208b8fac c USING (merge_request_diff_id, relative_order)
WHERE c.new_path IS DISTINCT FROM s.new_path OR c.diff IS DISTINCT FROM s.diff OR c.project_id IS DISTINCT FROM s.project_id
UNION ALL
SELECT c.merge_request_diff_id, c.relative_order, 'not a file'
FROM merge_request_diff_files_99208b8fac c
WHERE NOT EXISTS (SELECT 1 FROM merge_request_diff_files f
                  WHERE f.merge_request_diff_id = c.merge_request_diff_id AND f.relative_order = c.relative_order)
