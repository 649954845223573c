-- no user namespace event is left; the former ones are instance-scoped with entity_id 1, everything else unchanged
SELECT e.id FROM audit_events e JOIN original_events o USING (id)
WHERE e.entity_type = 'Namespaces::UserNamespace'
   OR (o.entity_type = 'Namespaces::UserNamespace' AND (e.entity_type <> 'Gitlab::Audit::InstanceScope' OR e.entity_id <> 1))
   OR (o.entity_type <> 'Namespaces::UserNamespace' AND (e.entity_type, e.entity_id) IS DISTINCT FROM (o.entity_type, o.entity_id))
   OR (e.details, e.ip_address, e.author_id) IS DISTINCT FROM (o.details, o.ip_address, o.author_id)
