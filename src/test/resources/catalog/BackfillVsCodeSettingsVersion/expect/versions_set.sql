-- settings whose version was NULL or 0 have their type's default version (NULL for an unknown type)
SELECT o.id FROM original_vs_code_settings o
JOIN vs_code_settings s ON s.id = o.id
LEFT JOIN default_versions d ON d.setting_type = o.setting_type
WHERE (o.version IS NULL OR o.version = 0) AND s.version IS DISTINCT FROM d.version
