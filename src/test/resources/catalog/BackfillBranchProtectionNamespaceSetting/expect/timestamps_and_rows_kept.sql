-- updated_at never changes and no setting is lost or added
SELECT o.namespace_id FROM original_settings o LEFT JOIN namespace_settings s ON s.namespace_id = o.namespace_id
WHERE s.namespace_id IS NULL OR s.updated_at <> o.updated_at
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM namespace_settings) <> (SELECT count(*) FROM original_settings)
