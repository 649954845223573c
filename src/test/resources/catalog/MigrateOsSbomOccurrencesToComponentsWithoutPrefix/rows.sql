-- Destination components 1..300 ('pkgN', library, purl types 9..13, organizations 1 and 2). Source
-- components 1001..1300 ('alpine/pkgN', same purl type and organization as pkgN; ids with id % 17 = 0
-- missing: gaps); those with N % 10 = 0 are in organization 3 where no pkgN exists and have no
-- occurrences (skipped without error). Out of scope: 2001..2100 'debian/pkgN' of component_type 1, and
-- 2101..2200 'scope/pkgN' of purl type 1 (npm). Each source has versions 1.0 and 2.0
-- (source_package_name 'src-N') and three occurrences (version 1.0, version 2.0, no version); pkgN has
-- a version 1.0 already for N % 3 = 0 (source_package_name 'old': the upsert overwrites it) and one
-- occurrence of its own.
INSERT INTO sbom_components (id, created_at, updated_at, component_type, name, purl_type, organization_id)
SELECT n, now(), now(), 0, 'pkg' || n, 9 + n % 5, 1 + n % 2 FROM generate_series(1, 300) n;
INSERT INTO sbom_components (id, created_at, updated_at, component_type, name, purl_type, organization_id)
SELECT 1000 + n, now(), now(), 0, 'alpine/pkg' || n, 9 + n % 5, CASE WHEN n % 10 = 0 THEN 3 ELSE 1 + n % 2 END
FROM generate_series(1, 300) n WHERE (1000 + n) % 17 <> 0;
INSERT INTO sbom_components (id, created_at, updated_at, component_type, name, purl_type, organization_id)
SELECT 2000 + n, now(), now(), CASE WHEN n <= 100 THEN 1 ELSE 0 END,
       CASE WHEN n <= 100 THEN 'debian/pkg' || n ELSE 'scope/pkg' || (n - 100) END,
       CASE WHEN n <= 100 THEN 9 + n % 5 ELSE 1 END, 1 + n % 2
FROM generate_series(1, 200) n;

INSERT INTO sbom_component_versions (created_at, updated_at, component_id, version, source_package_name, organization_id)
SELECT timestamptz '2024-01-01 00:00+00', timestamptz '2024-01-01 00:00+00', c.id, v, 'src-' || c.id, c.organization_id
FROM sbom_components c, unnest(ARRAY['1.0', '2.0']) v WHERE c.id > 1000;
INSERT INTO sbom_component_versions (created_at, updated_at, component_id, version, source_package_name, organization_id)
SELECT timestamptz '2024-01-01 00:00+00', timestamptz '2024-01-01 00:00+00', id, '1.0', 'old', organization_id
FROM sbom_components WHERE id <= 300 AND id % 3 = 0;

INSERT INTO sbom_occurrences (id, created_at, updated_at, component_version_id, project_id, commit_sha, component_id, uuid, component_name)
SELECT row_number() OVER (ORDER BY c.id, k), timestamptz '2024-01-01 00:00+00', timestamptz '2024-02-01 00:00+00',
       CASE k WHEN 1 THEN (SELECT v.id FROM sbom_component_versions v WHERE v.component_id = c.id AND v.version = '1.0')
              WHEN 2 THEN (SELECT v.id FROM sbom_component_versions v WHERE v.component_id = c.id AND v.version = '2.0') END,
       500 + c.id % 7, '\xabcdef'::bytea, c.id, md5(c.id || '-' || k)::uuid, c.name
FROM sbom_components c, generate_series(1, 3) k
WHERE (c.id > 1000 AND c.organization_id <> 3) OR (c.id <= 300 AND k = 1);

CREATE TABLE bbm_case_pairs AS
SELECT s.id AS src_id, d.id AS dst_id, d.name AS dst_name FROM sbom_components s
JOIN sbom_components d ON d.name = substr(s.name, strpos(s.name, '/') + 1) AND d.purl_type = s.purl_type
  AND d.component_type = s.component_type AND d.organization_id = s.organization_id
WHERE s.component_type = 0 AND s.purl_type IN (9, 10, 11, 12, 13) AND s.name LIKE '%/%';
CREATE TABLE bbm_case_occ_before AS SELECT * FROM sbom_occurrences;
CREATE TABLE bbm_case_cv_before AS SELECT * FROM sbom_component_versions;
