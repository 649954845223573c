-- every top-level group has namespace_settings with allow_runner_registration_token false; a row that
-- existed keeps its other columns (updated_at included)
SELECT n.id FROM namespaces n
LEFT JOIN namespace_settings s ON s.namespace_id = n.id
LEFT JOIN bbm_case_settings_before b ON b.namespace_id = n.id
WHERE n.parent_id IS NULL AND n.type = 'Group'
  AND (s.namespace_id IS NULL OR s.allow_runner_registration_token
       OR (b.namespace_id IS NOT NULL AND (to_jsonb(s) - 'allow_runner_registration_token') <> (to_jsonb(b) - 'allow_runner_registration_token')))
