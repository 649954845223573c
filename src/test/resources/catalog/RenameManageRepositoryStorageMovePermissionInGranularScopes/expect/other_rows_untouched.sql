-- rows without the old name are as they were (order of elements included); updated_at untouched; none lost
SELECT s.id FROM original_scopes o JOIN granular_scopes s ON s.id = o.id
WHERE NOT o.permissions @> '"manage_repository_storage_move"'::jsonb
  AND s.permissions::text IS DISTINCT FROM o.permissions::text
UNION ALL
SELECT s.id FROM original_scopes o JOIN granular_scopes s ON s.id = o.id WHERE s.updated_at IS DISTINCT FROM o.updated_at
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM granular_scopes) <> (SELECT count(*) FROM original_scopes)
