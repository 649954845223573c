-- each eligible commit not in the copy before is copied with its diff's project_id and its metadata id:
-- its own, or else the metadata row of its (project_id, sha)
SELECT e.merge_request_diff_id, e.relative_order, k.merge_request_commits_metadata_id AS copied,
  COALESCE(e.merge_request_commits_metadata_id, m.id) AS expected
FROM eligible_commits e
LEFT JOIN merge_request_diff_commits_b5377a7a34 k
  ON k.merge_request_diff_id = e.merge_request_diff_id AND k.relative_order = e.relative_order
 AND k.project_id = e.project_id
LEFT JOIN merge_request_commits_metadata m ON m.project_id = e.project_id AND m.sha = e.sha
WHERE NOT EXISTS (SELECT 1 FROM copy_before b
                  WHERE b.merge_request_diff_id = e.merge_request_diff_id AND b.relative_order = e.relative_order)
  AND (k.merge_request_diff_id IS NULL
    OR k.merge_request_commits_metadata_id IS DISTINCT FROM COALESCE(e.merge_request_commits_metadata_id, m.id))
