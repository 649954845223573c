-- only user namespace events are copied, earlier copies keep their values, and no event is lost
SELECT i.id FROM instance_audit_events i
WHERE NOT EXISTS (SELECT 1 FROM original_events o WHERE o.id = i.id AND o.entity_type = 'Namespaces::UserNamespace')
UNION ALL
SELECT x.id FROM original_instance_events x JOIN instance_audit_events i USING (id) WHERE i.details IS DISTINCT FROM x.details OR i.author_id <> x.author_id
UNION ALL
SELECT 0 WHERE (SELECT count(*) FROM audit_events) <> (SELECT count(*) FROM original_events)
