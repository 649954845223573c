-- statistics of projects without vulnerability_reads keep their count, none is lost, and no row is made for
-- a project without reads
SELECT o.project_id FROM original_statistics o LEFT JOIN project_security_statistics s USING (project_id)
WHERE s.project_id IS NULL
   OR (NOT EXISTS (SELECT 1 FROM vulnerability_reads r WHERE r.project_id = o.project_id)
       AND s.vulnerability_count <> o.vulnerability_count)
UNION ALL
SELECT s.project_id FROM project_security_statistics s
WHERE NOT EXISTS (SELECT 1 FROM original_statistics o WHERE o.project_id = s.project_id)
  AND NOT EXISTS (SELECT 1 FROM vulnerability_reads r WHERE r.project_id = s.project_id)
