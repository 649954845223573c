-- each upload whose model exists and whose type is listed, and had no copy, is copied: every column from
-- uploads except the sharding keys, which come from the model (or are NULL)
SELECT e.id FROM expected_copies e JOIN uploads u USING (id)
LEFT JOIN uploads_9ba88c4165 c ON c.id = e.id AND c.model_type = e.model_type
WHERE NOT EXISTS (SELECT 1 FROM original_copies o WHERE o.id = e.id)
  AND (c.id IS NULL
       OR (c.size, c.model_id, c.created_at, c.store, c.version, c.path, c.checksum, c.uploader, c.mount_point, c.secret)
          IS DISTINCT FROM (u.size, u.model_id, u.created_at, u.store, u.version, u.path::text, u.checksum::text,
                            u.uploader::text, u.mount_point::text, u.secret::text)
       OR (c.uploaded_by_user_id, c.organization_id, c.namespace_id, c.project_id)
          IS DISTINCT FROM (e.uploaded_by_user_id, e.organization_id, e.namespace_id, e.project_id))
