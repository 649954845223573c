-- a finding that had no project_id and whose scanner exists has the scanner's project_id
SELECT f.id FROM security_findings f JOIN original_findings o USING (id) JOIN vulnerability_scanners s ON s.id = f.scanner_id
WHERE o.project_id IS NULL AND f.project_id IS DISTINCT FROM s.project_id
