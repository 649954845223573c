-- settings with a version of their own keep it; no other column changed; no row added or lost
SELECT o.id FROM original_vs_code_settings o
LEFT JOIN vs_code_settings s ON s.id = o.id
WHERE s.id IS NULL OR (o.version NOT IN (0) AND s.version IS DISTINCT FROM o.version)
   OR (s.user_id, s.created_at, s.updated_at, s.setting_type, s.content, s.uuid)
      IS DISTINCT FROM (o.user_id, o.created_at, o.updated_at, o.setting_type, o.content, o.uuid)
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM vs_code_settings) <> (SELECT count(*) FROM original_vs_code_settings)
