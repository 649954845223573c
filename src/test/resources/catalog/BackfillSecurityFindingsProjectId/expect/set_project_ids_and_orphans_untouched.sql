-- findings that had a project_id keep it, findings whose scanner is missing stay NULL, none is lost
SELECT o.id FROM original_findings o LEFT JOIN security_findings f USING (id)
WHERE f.id IS NULL OR (o.project_id IS NOT NULL AND f.project_id IS DISTINCT FROM o.project_id)
   OR (NOT EXISTS (SELECT 1 FROM vulnerability_scanners s WHERE s.id = o.scanner_id) AND f.project_id IS NOT NULL AND o.project_id IS NULL)
