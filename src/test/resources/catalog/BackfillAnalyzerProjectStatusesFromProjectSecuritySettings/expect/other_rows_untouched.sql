-- rows the settings do not call for are unchanged, none was deleted, and no other row was created
SELECT o.id FROM orig_statuses o
LEFT JOIN analyzer_project_statuses a ON a.id = o.id
WHERE NOT EXISTS (SELECT 1 FROM expected_statuses e WHERE e.project_id = o.project_id AND e.analyzer_type = o.analyzer_type)
  AND (a.id IS NULL OR a.status <> o.status OR a.last_call <> o.last_call OR a.updated_at <> o.updated_at
       OR a.traversal_ids <> o.traversal_ids)
UNION ALL
SELECT o.id FROM orig_statuses o WHERE NOT EXISTS (SELECT 1 FROM analyzer_project_statuses a WHERE a.id = o.id)
UNION ALL
SELECT a.id FROM analyzer_project_statuses a
WHERE NOT EXISTS (SELECT 1 FROM orig_statuses o WHERE o.id = a.id)
  AND NOT EXISTS (SELECT 1 FROM expected_statuses e WHERE e.project_id = a.project_id AND e.analyzer_type = a.analyzer_type)
