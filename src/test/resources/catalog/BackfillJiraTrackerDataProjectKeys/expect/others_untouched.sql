-- rows without a project_key ('' or NULL) or with project_keys already set are unchanged; no other
-- column changes anywhere; no row appears or disappears
SELECT b.id FROM bbm_case_jira_before b LEFT JOIN jira_tracker_data j ON j.id = b.id
WHERE j.id IS NULL
   OR (NOT (b.project_keys = '{}' AND b.project_key IS NOT NULL AND b.project_key <> '')
       AND (j.*)::text <> (b.*)::text)
   OR (to_jsonb(j) - 'project_keys' - 'updated_at') <> (to_jsonb(b) - 'project_keys' - 'updated_at')
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM jira_tracker_data) <> (SELECT count(*) FROM bbm_case_jira_before)
