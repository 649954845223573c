-- a copy that was already there keeps its other columns; its sharding keys are updated when its upload is
-- copied (uploaded_by_user_id for UserPermissionExportUpload, the other three for the rest), except Appearance
SELECT o.id FROM original_copies o
LEFT JOIN expected_copies e ON e.id = o.id
LEFT JOIN uploads_9ba88c4165 c ON c.id = o.id AND c.model_type = o.model_type
WHERE c.id IS NULL
   OR (c.size, c.model_id, c.created_at, c.store, c.version, c.path, c.checksum, c.uploader, c.mount_point, c.secret)
      IS DISTINCT FROM (o.size, o.model_id, o.created_at, o.store, o.version, o.path, o.checksum, o.uploader,
                        o.mount_point, o.secret)
   OR (c.uploaded_by_user_id, c.organization_id, c.namespace_id, c.project_id) IS DISTINCT FROM (
        CASE WHEN e.id IS NOT NULL AND o.model_type = 'UserPermissionExportUpload' THEN e.uploaded_by_user_id ELSE o.uploaded_by_user_id END,
        CASE WHEN e.id IS NOT NULL AND o.model_type NOT IN ('UserPermissionExportUpload', 'Appearance') THEN e.organization_id ELSE o.organization_id END,
        CASE WHEN e.id IS NOT NULL AND o.model_type NOT IN ('UserPermissionExportUpload', 'Appearance') THEN e.namespace_id ELSE o.namespace_id END,
        CASE WHEN e.id IS NOT NULL AND o.model_type NOT IN ('UserPermissionExportUpload', 'Appearance') THEN e.project_id ELSE o.project_id END)
