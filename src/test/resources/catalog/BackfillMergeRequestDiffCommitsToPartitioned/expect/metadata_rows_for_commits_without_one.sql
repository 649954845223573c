-- each (project_id, sha) of an eligible commit without a metadata id has a metadata row: a new one with
-- the commit's values, or the one that was there, unchanged; no other metadata row appears
SELECT e.project_id, e.sha, 'missing or wrong' AS problem
FROM eligible_commits e
LEFT JOIN merge_request_commits_metadata m ON m.project_id = e.project_id AND m.sha = e.sha
LEFT JOIN metadata_before b ON b.project_id = e.project_id AND b.sha = e.sha
WHERE e.merge_request_commits_metadata_id IS NULL
  AND (m.id IS NULL
    OR (b.id IS NULL AND (m.commit_author_id, m.committer_id, m.authored_date, m.committed_date, m.message)
        IS DISTINCT FROM (e.commit_author_id, e.committer_id, e.authored_date, e.committed_date, e.message))
    OR (b.id IS NOT NULL AND (m.id, m.commit_author_id, m.committer_id, m.authored_date, m.committed_date, m.message)
        IS DISTINCT FROM (b.id, b.commit_author_id, b.committer_id, b.authored_date, b.committed_date, b.message)))
UNION ALL
SELECT m.project_id, m.sha, 'unexpected'
FROM merge_request_commits_metadata m
WHERE NOT EXISTS (SELECT 1 FROM metadata_before b WHERE b.id = m.id)
  AND NOT EXISTS (SELECT 1 FROM eligible_commits e
                  WHERE e.project_id = m.project_id AND e.sha = m.sha AND e.merge_request_commits_metadata_id IS NULL)
