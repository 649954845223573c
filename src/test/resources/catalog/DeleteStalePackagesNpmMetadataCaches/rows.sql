-- Caches 1..3000 (every 9th id missing); every 3rd has no project (deleted), the rest belong to a project (kept).
INSERT INTO packages_npm_metadata_caches (id, created_at, updated_at, project_id, size, file, package_name, object_storage_key)
SELECT c, now(), now(), CASE WHEN c % 3 <> 0 THEN 100 + c END, 10, 'metadata.json', 'pkg-' || c, 'key-' || c
FROM generate_series(1, 3000) c WHERE c % 9 <> 0;
CREATE TABLE orig_caches AS SELECT id, project_id FROM packages_npm_metadata_caches;
