-- the copied rows carry the event's values (entity_id as project_id/group_id/user_id, ip_address as
-- Rails' IPAddr#to_s gives it back: the network address without mask); rows that were there before keep theirs
WITH n AS (
  SELECT id, created_at, project_id AS owner_id, author_id, target_id, details, ip_address, author_name, entity_path,
         target_details, target_type, event_name, 'Project' AS entity_type FROM project_audit_events
  UNION ALL SELECT id, created_at, group_id, author_id, target_id, details, ip_address, author_name, entity_path,
         target_details, target_type, event_name, 'Group' FROM group_audit_events
  UNION ALL SELECT id, created_at, user_id, author_id, target_id, details, ip_address, author_name, entity_path,
         target_details, target_type, event_name, 'User' FROM user_audit_events
  UNION ALL SELECT id, created_at, NULL, author_id, target_id, details, ip_address, author_name, entity_path,
         target_details, target_type, event_name, 'Gitlab::Audit::InstanceScope' FROM instance_audit_events)
SELECT n.id, n.entity_type FROM n JOIN audit_events a ON a.id = n.id
WHERE CASE WHEN n.event_name = 'already'
  THEN (n.author_name, n.author_id, n.details) IS DISTINCT FROM ('already there', 1::bigint, NULL::text)
  ELSE n.entity_type <> a.entity_type
    OR n.owner_id IS DISTINCT FROM (CASE WHEN a.entity_type <> 'Gitlab::Audit::InstanceScope' THEN a.entity_id END)
    OR (n.author_id, n.target_id, n.details, n.author_name, n.entity_path, n.target_details, n.target_type, n.event_name)
       IS DISTINCT FROM (a.author_id, a.target_id, a.details, a.author_name, a.entity_path, a.target_details, a.target_type, NULL::text)
    OR n.ip_address IS DISTINCT FROM host(network(a.ip_address))::inet
    OR n.created_at <> a.created_at AT TIME ZONE 'UTC' END
