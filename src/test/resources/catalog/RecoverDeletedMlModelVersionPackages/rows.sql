-- Models 1..50 of projects 100 + m. Versions 1..1500 (every 9th id missing) of model (v % 50) + 1; every 4th
-- still has its package (kept), the rest lost it (package_id NULL: each gets a new package).
INSERT INTO ml_models (id, created_at, updated_at, project_id, name)
SELECT m, now(), now(), 100 + m, 'model-' || m FROM generate_series(1, 50) m;
INSERT INTO packages_packages (id, project_id, created_at, updated_at, name, version, package_type)
SELECT v, 100 + (v % 50) + 1, now(), now(), 'model-' || ((v % 50) + 1), '1.' || v, 14
FROM generate_series(1, 1500) v WHERE v % 9 <> 0 AND v % 4 = 0;
SELECT setval('packages_packages_id_seq', 5000);
INSERT INTO ml_model_versions (id, created_at, updated_at, project_id, model_id, package_id, version)
SELECT v, timestamptz '2024-01-01', timestamptz '2024-01-01', 100 + (v % 50) + 1, (v % 50) + 1,
       CASE WHEN v % 4 = 0 THEN v END, '1.' || v
FROM generate_series(1, 1500) v WHERE v % 9 <> 0;
CREATE TABLE orig_versions AS SELECT id, package_id, updated_at FROM ml_model_versions;
CREATE TABLE orig_packages AS SELECT id FROM packages_packages;
