-- every Project/Group/User/instance event has a row of the same id and instant in its new table
SELECT a.id, a.entity_type FROM audit_events a
WHERE CASE a.entity_type
  WHEN 'Project' THEN NOT EXISTS (SELECT 1 FROM project_audit_events n WHERE n.id = a.id AND n.created_at = a.created_at AT TIME ZONE 'UTC')
  WHEN 'Group' THEN NOT EXISTS (SELECT 1 FROM group_audit_events n WHERE n.id = a.id AND n.created_at = a.created_at AT TIME ZONE 'UTC')
  WHEN 'User' THEN NOT EXISTS (SELECT 1 FROM user_audit_events n WHERE n.id = a.id AND n.created_at = a.created_at AT TIME ZONE 'UTC')
  WHEN 'Gitlab::Audit::InstanceScope' THEN NOT EXISTS (SELECT 1 FROM instance_audit_events n WHERE n.id = a.id AND n.created_at = a.created_at AT TIME ZONE 'UTC')
  ELSE false END
