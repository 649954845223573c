-- 400 packages (every 8th missing), project 2000 + id
INSERT INTO packages_packages (id, project_id, created_at, updated_at, name, version, package_type)
SELECT g, 2000 + g, '2024-01-01', '2024-01-01', 'pkg-' || g, '1.0.' || g, 1 + g % 5
FROM generate_series(1, 400) g WHERE g % 8 <> 0;
-- 3000 tags with gaps: most without project_id, every 4th already set to an unrelated project (must stay)
INSERT INTO packages_tags (id, package_id, name, created_at, updated_at, project_id)
SELECT g, 1 + g % 400, 'tag-' || g, '2024-01-01', '2024-01-01', CASE WHEN g % 4 = 0 THEN 9 END
FROM generate_series(1, 3500) g WHERE g % 7 <> 0;
CREATE TABLE original_tags AS SELECT * FROM packages_tags;
