-- every project's has_vulnerabilities says whether it has a vulnerability present on the default branch
SELECT s.project_id, s.has_vulnerabilities FROM project_settings s
WHERE s.has_vulnerabilities IS DISTINCT FROM (s.project_id % 3 = 0)
