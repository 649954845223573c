-- every vulnerability with a finding_id is still there, unchanged
SELECT o.id FROM original_vulnerabilities o LEFT JOIN vulnerabilities v USING (id)
WHERE o.finding_id IS NOT NULL AND (v.id IS NULL OR (v.*)::text IS DISTINCT FROM (o.*)::text)
