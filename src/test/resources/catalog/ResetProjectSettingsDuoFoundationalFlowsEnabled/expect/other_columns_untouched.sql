-- nothing else changed; no row is lost
SELECT s.project_id FROM original_settings o JOIN project_settings s ON s.project_id = o.project_id
WHERE s.updated_at IS DISTINCT FROM o.updated_at OR s.duo_features_enabled IS DISTINCT FROM o.duo_features_enabled
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM project_settings) <> (SELECT count(*) FROM original_settings)
