-- an unhashed extensions row is gone when its user had a marketplace-hashed one, else it has the hash and
-- keeps its content and updated_at; every other row is unchanged
SELECT o.id FROM original_settings o LEFT JOIN vs_code_settings s USING (id)
WHERE CASE
  WHEN o.setting_type = 'extensions' AND o.settings_context_hash IS NULL
       AND EXISTS (SELECT 1 FROM original_settings h WHERE h.user_id = o.user_id AND h.setting_type = 'extensions'
                   AND h.settings_context_hash = '2e0d3e8c1107f9ccc5ea')
    THEN s.id IS NOT NULL
  WHEN o.setting_type = 'extensions' AND o.settings_context_hash IS NULL
    THEN s.id IS NULL OR s.settings_context_hash IS DISTINCT FROM '2e0d3e8c1107f9ccc5ea'
         OR (s.content, s.updated_at) IS DISTINCT FROM (o.content, o.updated_at)
  ELSE s.id IS NULL OR (s.settings_context_hash, s.content, s.updated_at)
                       IS DISTINCT FROM (o.settings_context_hash, o.content, o.updated_at)
END
