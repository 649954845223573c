-- no event of another entity type is copied, no row appears without its event, audit_events is unchanged
SELECT 'copied other' AS what, count(*) FROM (
  SELECT id FROM project_audit_events UNION ALL SELECT id FROM group_audit_events
  UNION ALL SELECT id FROM user_audit_events UNION ALL SELECT id FROM instance_audit_events) n
WHERE NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.id = n.id
                  AND a.entity_type IN ('Project', 'Group', 'User', 'Gitlab::Audit::InstanceScope'))
HAVING count(*) > 0
UNION ALL
SELECT 'audit_events changed', count(*) FROM (
  (SELECT * FROM audit_events EXCEPT SELECT * FROM original_audit_events)
  UNION ALL (SELECT * FROM original_audit_events EXCEPT SELECT * FROM audit_events)) d
HAVING count(*) > 0
