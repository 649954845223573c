-- no cache without a project remains
SELECT id FROM packages_npm_metadata_caches WHERE project_id IS NULL
