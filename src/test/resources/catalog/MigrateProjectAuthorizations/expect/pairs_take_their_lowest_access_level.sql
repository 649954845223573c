-- each (user, project) pair not forwarded before gets one row with its lowest access level
SELECT a.user_id, a.project_id, min(a.access_level) AS expected, m.access_level
FROM project_authorizations a
LEFT JOIN project_authorizations_for_migration m USING (user_id, project_id)
WHERE NOT EXISTS (SELECT 1 FROM forwarded_before f WHERE f.user_id = a.user_id AND f.project_id = a.project_id)
GROUP BY a.user_id, a.project_id, m.access_level
HAVING m.access_level IS DISTINCT FROM min(a.access_level)
