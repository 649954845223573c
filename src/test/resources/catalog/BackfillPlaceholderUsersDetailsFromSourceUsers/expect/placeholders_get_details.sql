-- every placeholder of a source user whose namespace exists has a details row
SELECT s.id, s.placeholder_user_id FROM import_source_users s JOIN namespaces n ON n.id = s.namespace_id
WHERE s.placeholder_user_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM import_placeholder_user_details d WHERE d.placeholder_user_id = s.placeholder_user_id)
