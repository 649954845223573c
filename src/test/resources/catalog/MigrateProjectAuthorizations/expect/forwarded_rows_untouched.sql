-- rows the trigger forwarded keep their access level, and no row appears that has no source pair
SELECT f.user_id, f.project_id, f.access_level, m.access_level AS now
FROM forwarded_before f
LEFT JOIN project_authorizations_for_migration m USING (user_id, project_id)
WHERE m.access_level IS DISTINCT FROM f.access_level
UNION ALL
SELECT m.user_id, m.project_id, NULL, m.access_level
FROM project_authorizations_for_migration m
WHERE NOT EXISTS (SELECT 1 FROM project_authorizations a WHERE a.user_id = m.user_id AND a.project_id = m.project_id)
