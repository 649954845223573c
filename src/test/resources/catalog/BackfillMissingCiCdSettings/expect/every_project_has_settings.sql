-- every project has exactly one settings row
SELECT p.id FROM projects p LEFT JOIN project_ci_cd_settings s ON s.project_id = p.id
GROUP BY p.id HAVING count(s.id) <> 1
