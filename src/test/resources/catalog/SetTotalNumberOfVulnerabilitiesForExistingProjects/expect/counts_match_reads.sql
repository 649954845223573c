-- every project with vulnerability_reads has a statistics row whose count is the number of its reads
SELECT r.project_id FROM (SELECT project_id, count(*) AS n FROM vulnerability_reads GROUP BY project_id) r
LEFT JOIN project_security_statistics s ON s.project_id = r.project_id
WHERE s.project_id IS NULL OR s.vulnerability_count <> r.n
