-- subgroups, user and project namespaces get no settings row and keep theirs unchanged
SELECT n.id FROM namespaces n
LEFT JOIN namespace_settings s ON s.namespace_id = n.id
LEFT JOIN bbm_case_settings_before b ON b.namespace_id = n.id
WHERE NOT (n.parent_id IS NULL AND n.type = 'Group')
  AND ((s.namespace_id IS NULL) <> (b.namespace_id IS NULL) OR to_jsonb(s) <> to_jsonb(b))
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM namespace_settings)
  <> (SELECT count(*) FROM bbm_case_settings_before)
   + (SELECT count(*) FROM namespaces n WHERE n.parent_id IS NULL AND n.type = 'Group'
      AND NOT EXISTS (SELECT 1 FROM bbm_case_settings_before b WHERE b.namespace_id = n.id))
