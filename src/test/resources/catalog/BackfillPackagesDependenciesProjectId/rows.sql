-- Dependencies 1..300 (every 50th id missing: links to them have no parent and stay as they are).
-- 1..240 have no project_id yet; 241..300 belong to project (d % 5) + 1 already.
-- Dependency 400 is a pre-existing copy of dependency 260 ('pkg-60', '^2', project 1) for project 2 (as an earlier
-- run would have made it): the copy for project 2's links to 260 hits ON CONFLICT and they must point to 400.
-- (Before the backfill (name, version_pattern) was unique, so no dependency without a project has a twin.) Dependency 500 has no links and stays NULL.
INSERT INTO packages_dependencies (id, name, version_pattern, project_id)
SELECT d, 'pkg-' || (d % 100), '^' || (d % 3), CASE WHEN d > 240 THEN (d % 5) + 1 END
FROM generate_series(1, 300) d WHERE d % 50 <> 0;
INSERT INTO packages_dependencies (id, name, version_pattern, project_id) VALUES (400, 'pkg-60', '^2', 2), (500, 'lonely', '1.0', NULL);
SELECT setval('packages_dependencies_id_seq', 1000);
-- Links 1..1500 (every 11th id missing), of projects 1..4, each to dependency ((g * 7) % 300) + 1.
INSERT INTO packages_dependency_links (id, package_id, dependency_id, dependency_type, project_id)
SELECT g, 10000 + g, ((g * 7) % 300) + 1, (g % 4) + 1, (g % 4) + 1
FROM generate_series(1, 1500) g WHERE g % 11 <> 0;
-- what each link points at before the migration
CREATE TABLE orig_links AS
SELECT l.id, l.dependency_id, l.project_id, d.name, d.version_pattern
FROM packages_dependency_links l LEFT JOIN packages_dependencies d ON d.id = l.dependency_id;
CREATE TABLE orig_dependencies AS SELECT * FROM packages_dependencies;
