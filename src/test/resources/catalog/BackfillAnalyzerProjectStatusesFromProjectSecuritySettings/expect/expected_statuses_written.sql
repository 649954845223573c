-- every status the settings call for exists with the expected status and a fresh last_call and updated_at
SELECT e.project_id, e.analyzer_type FROM expected_statuses e
LEFT JOIN analyzer_project_statuses a ON a.project_id = e.project_id AND a.analyzer_type = e.analyzer_type
WHERE a.id IS NULL OR a.status <> e.status OR a.last_call <= '2020-01-01' OR a.updated_at <= '2020-01-01'
