-- no new row for a project outside a group or for another standard, and the rows there before are unchanged
SELECT a.id FROM project_compliance_standards_adherence a
LEFT JOIN original_adherence o ON o.id = a.id
WHERE (o.id IS NULL AND (a.standard <> 0
         OR NOT EXISTS (SELECT 1 FROM expected_adherence e WHERE e.project_id = a.project_id AND e.check_name = a.check_name)))
   OR (o.id IS NOT NULL AND (a.*)::text IS DISTINCT FROM (o.*)::text)
UNION ALL
SELECT o.id FROM original_adherence o WHERE NOT EXISTS (SELECT 1 FROM project_compliance_standards_adherence a WHERE a.id = o.id)
