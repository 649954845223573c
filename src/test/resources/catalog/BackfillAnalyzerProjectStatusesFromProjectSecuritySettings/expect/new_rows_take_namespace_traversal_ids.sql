-- a row the job created carries the namespace's traversal_ids and a fresh created_at
SELECT a.project_id, a.analyzer_type FROM analyzer_project_statuses a
JOIN expected_statuses e ON e.project_id = a.project_id AND e.analyzer_type = a.analyzer_type
WHERE NOT EXISTS (SELECT 1 FROM orig_statuses o WHERE o.id = a.id)
  AND (a.traversal_ids <> e.traversal_ids OR a.created_at <= '2020-01-01')
