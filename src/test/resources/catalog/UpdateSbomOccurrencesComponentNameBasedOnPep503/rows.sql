-- components 1..40: purl_type 8 (pypi) for odd ids, npm (6) for even ids, a NULL purl_type for every 10th
INSERT INTO sbom_components (id, created_at, updated_at, component_type, name, purl_type, organization_id)
SELECT g, '2024-01-01', '2024-01-01', 0, 'comp-' || g, CASE WHEN g % 10 = 0 THEN NULL WHEN g % 2 = 1 THEN 8 ELSE 6 END, 1
FROM generate_series(1, 40) g;

-- names with dots, runs of separators, names without dots (left alone even for pypi), NULL names
CREATE TABLE sample_names (k int PRIMARY KEY, name text, normalized text);
INSERT INTO sample_names VALUES
  (0, 'Foo.Bar', 'Foo-Bar'), (1, 'zope.interface', 'zope-interface'), (2, 'a._-b', 'a-b'),
  (3, 'Ruamel.Yaml.Clib', 'Ruamel-Yaml-Clib'), (4, 'my_pkg.v2__x', 'my-pkg-v2-x'), (5, 'no_dot_here', NULL),
  (6, 'plain-name', NULL), (7, NULL, NULL), (8, '.leading..and.trailing.', '-leading-and-trailing-'),
  (9, 'UPPER.Case_Kept', 'UPPER-Case-Kept');

-- 1..2400 with every 7th id missing; component_id cycles over the 40 components (gaps in ids, pypi and not)
INSERT INTO sbom_occurrences (id, created_at, updated_at, project_id, commit_sha, component_id, uuid, component_name)
SELECT g, '2024-01-01', '2024-01-01', 1 + g % 5, '\x00'::bytea, 1 + g % 40,
       md5(g::text)::uuid, (SELECT name FROM sample_names WHERE k = g % 10)
FROM generate_series(1, 2400) g WHERE g % 7 <> 0;

CREATE TABLE original_occurrences AS SELECT o.id, o.component_name, o.updated_at, c.purl_type, s.normalized
FROM sbom_occurrences o JOIN sbom_components c ON c.id = o.component_id
LEFT JOIN sample_names s ON s.k = o.id % 10;
