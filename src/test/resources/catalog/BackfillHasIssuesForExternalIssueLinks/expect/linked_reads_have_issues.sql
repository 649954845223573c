-- every read with an external issue link has has_issues = true
SELECT r.vulnerability_id FROM vulnerability_reads r
WHERE r.has_issues = false
  AND EXISTS (SELECT 1 FROM vulnerability_external_issue_links l WHERE l.vulnerability_id = r.vulnerability_id)
