-- commits of gone diffs, of excluded merge requests and legacy rows (NULL author, committer or sha) are
-- not copied, and rows the copy had stay as they were
SELECT k.merge_request_diff_id, k.relative_order, 'not eligible' AS problem
FROM merge_request_diff_commits_b5377a7a34 k
WHERE NOT EXISTS (SELECT 1 FROM copy_before b
                  WHERE b.merge_request_diff_id = k.merge_request_diff_id AND b.relative_order = k.relative_order)
  AND NOT EXISTS (SELECT 1 FROM eligible_commits e
                  WHERE e.merge_request_diff_id = k.merge_request_diff_id AND e.relative_order = k.relative_order)
UNION ALL
SELECT b.merge_request_diff_id, b.relative_order, 'changed'
FROM copy_before b
LEFT JOIN merge_request_diff_commits_b5377a7a34 k USING (merge_request_diff_id, relative_order, project_id)
WHERE k.merge_request_commits_metadata_id IS DISTINCT FROM b.merge_request_commits_metadata_id
