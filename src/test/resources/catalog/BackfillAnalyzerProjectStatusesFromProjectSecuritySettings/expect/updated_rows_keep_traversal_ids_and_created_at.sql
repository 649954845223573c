-- an existing row the upsert updated keeps its traversal_ids and created_at (ON CONFLICT sets only status,
-- last_call and updated_at)
SELECT a.id FROM analyzer_project_statuses a JOIN orig_statuses o ON o.id = a.id
JOIN expected_statuses e ON e.project_id = a.project_id AND e.analyzer_type = a.analyzer_type
WHERE a.traversal_ids <> o.traversal_ids OR a.created_at <> o.created_at
