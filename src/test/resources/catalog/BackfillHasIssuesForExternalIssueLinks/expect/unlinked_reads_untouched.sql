-- reads without an external issue link keep their has_issues; none is lost
SELECT o.vulnerability_id FROM original_reads o LEFT JOIN vulnerability_reads r ON r.id = o.id
WHERE r.id IS NULL
   OR (NOT EXISTS (SELECT 1 FROM vulnerability_external_issue_links l WHERE l.vulnerability_id = o.vulnerability_id)
       AND r.has_issues IS DISTINCT FROM o.has_issues)
