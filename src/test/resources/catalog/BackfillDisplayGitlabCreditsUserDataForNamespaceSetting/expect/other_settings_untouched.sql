-- settings of User and Project namespaces, and settings without a namespace, keep usage_billing; no
-- setting's updated_at changes and none is lost
SELECT o.namespace_id FROM original_settings o LEFT JOIN namespace_settings s USING (namespace_id)
LEFT JOIN namespaces n ON n.id = o.namespace_id
WHERE s.namespace_id IS NULL OR s.updated_at IS DISTINCT FROM o.updated_at
   OR (n.type IS DISTINCT FROM 'Group' AND s.usage_billing IS DISTINCT FROM o.usage_billing)
