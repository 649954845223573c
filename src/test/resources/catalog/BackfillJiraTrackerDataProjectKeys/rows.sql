-- 2,400 rows, ids 1..2600 with every 13th missing (gaps); by id % 5: 0 project_key NULL, 1 project_key
-- '' (both left alone), 2 a key and project_keys already set (left alone), 3 and 4 a key and empty
-- project_keys (get [project_key]). Every 7th row belongs to an instance integration instead of a project's.
INSERT INTO jira_tracker_data (id, created_at, updated_at, encrypted_url, project_key, project_keys,
                               integration_id, instance_integration_id)
SELECT g, timestamptz '2024-01-01 00:00+00' + g * interval '1 minute', timestamptz '2024-02-01 00:00+00' + g * interval '1 minute',
       'enc' || g, CASE g % 5 WHEN 0 THEN NULL WHEN 1 THEN '' ELSE 'KEY' || g END,
       CASE WHEN g % 5 = 2 THEN ARRAY['KEY' || g, 'OTHER'] ELSE '{}'::text[] END,
       CASE WHEN g % 7 = 0 THEN NULL ELSE g END, CASE WHEN g % 7 = 0 THEN 1 END
FROM generate_series(1, 2600) g WHERE g % 13 <> 0;

CREATE TABLE bbm_case_jira_before AS SELECT * FROM jira_tracker_data;
