-- every vulnerability that had no finding_id and has a finding now points at it
SELECT v.id FROM vulnerabilities v JOIN original_vulnerabilities o ON o.id = v.id
JOIN vulnerability_occurrences f ON f.vulnerability_id = v.id
WHERE o.finding_id IS NULL AND v.finding_id IS DISTINCT FROM f.id
