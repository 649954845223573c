-- vulnerabilities that had a finding_id keep it (even a stale one), those without a finding keep NULL,
-- updated_at never changes, none is lost
SELECT o.id FROM original_vulnerabilities o LEFT JOIN vulnerabilities v ON v.id = o.id
WHERE v.id IS NULL OR v.updated_at <> o.updated_at
   OR ((o.finding_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM vulnerability_occurrences f WHERE f.vulnerability_id = o.id))
       AND v.finding_id IS DISTINCT FROM o.finding_id)
