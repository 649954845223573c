-- every project in a group has its three checks with the status GitLab's Ruby computes (rows there before kept)
SELECT e.project_id, e.check_name FROM expected_adherence e
LEFT JOIN project_compliance_standards_adherence a
  ON a.project_id = e.project_id AND a.check_name = e.check_name AND a.standard = 0
LEFT JOIN original_adherence o ON o.project_id = e.project_id AND o.check_name = e.check_name
WHERE a.id IS NULL OR a.namespace_id <> e.namespace_id
   OR a.status <> CASE WHEN o.id IS NULL THEN e.status ELSE o.status END
