-- rows that held the old name: permissions are the distinct elements of (old minus it) plus the new name
SELECT s.id, s.permissions FROM original_scopes o JOIN granular_scopes s ON s.id = o.id
WHERE o.permissions @> '"manage_repository_storage_move"'::jsonb
  AND s.permissions IS DISTINCT FROM (
    SELECT jsonb_agg(DISTINCT e) FROM jsonb_array_elements(
      (o.permissions - 'manage_repository_storage_move') || '["create_repository_storage_move"]'::jsonb) e)
