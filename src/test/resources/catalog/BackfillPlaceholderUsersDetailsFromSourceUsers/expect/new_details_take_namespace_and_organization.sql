-- a new details row has the namespace of a source user of that placeholder and that namespace's
-- organization, and exists only for placeholders of source users whose namespace exists
SELECT d.id, d.placeholder_user_id FROM import_placeholder_user_details d
WHERE NOT EXISTS (SELECT 1 FROM original_details o WHERE o.id = d.id)
  AND NOT EXISTS (SELECT 1 FROM import_source_users s JOIN namespaces n ON n.id = s.namespace_id
                  WHERE s.placeholder_user_id = d.placeholder_user_id AND s.namespace_id = d.namespace_id
                    AND n.organization_id = d.organization_id)
