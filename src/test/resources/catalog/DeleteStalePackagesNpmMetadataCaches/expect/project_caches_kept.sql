-- every cache of a project is still there, unchanged
SELECT o.id FROM orig_caches o LEFT JOIN packages_npm_metadata_caches c ON c.id = o.id
WHERE o.project_id IS NOT NULL AND (c.id IS NULL OR c.project_id <> o.project_id)
