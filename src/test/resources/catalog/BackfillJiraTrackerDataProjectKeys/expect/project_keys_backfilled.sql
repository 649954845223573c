-- rows with a project_key (not NULL, not '') and empty project_keys now have project_keys = [project_key]
-- and a newer updated_at (update! sets it)
SELECT b.id FROM bbm_case_jira_before b JOIN jira_tracker_data j ON j.id = b.id
WHERE b.project_keys = '{}' AND b.project_key IS NOT NULL AND b.project_key <> ''
  AND (j.project_keys IS DISTINCT FROM ARRAY[b.project_key] OR NOT j.updated_at > b.updated_at)
