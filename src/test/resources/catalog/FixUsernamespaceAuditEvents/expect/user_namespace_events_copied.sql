-- every user namespace event has an instance event of the same id and created_at; those not copied before
-- carry the event's values
SELECT o.id FROM original_events o
LEFT JOIN instance_audit_events i ON i.id = o.id AND i.created_at = o.created_at
WHERE o.entity_type = 'Namespaces::UserNamespace'
  AND (i.id IS NULL OR (NOT EXISTS (SELECT 1 FROM original_instance_events x WHERE x.id = o.id)
       AND (i.author_id, i.target_id, i.details, i.ip_address, i.author_name, i.entity_path, i.target_details, i.target_type)
           IS DISTINCT FROM (o.author_id, o.target_id, o.details, o.ip_address, o.author_name, o.entity_path, o.target_details, o.target_type)))
