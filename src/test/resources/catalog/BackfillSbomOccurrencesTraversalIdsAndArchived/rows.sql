-- 40 namespaces with their own traversal ids, 60 projects (every 3rd archived; projects 55..60 point at a
-- missing namespace), 3000 occurrences with every 7th id missing: most of projects 1..60, every 13th
-- of a missing project 999 (left as is). Every occurrence starts with stale values.
INSERT INTO namespaces (id, name, path, traversal_ids)
SELECT n, 'n' || n, 'n' || n, ARRAY[1000 + n % 5, n]::bigint[] FROM generate_series(1, 40) n;
INSERT INTO projects (id, name, namespace_id, archived)
SELECT p, 'p' || p, CASE WHEN p >= 55 THEN 500 ELSE p % 40 + 1 END, p % 3 = 0 FROM generate_series(1, 60) p;
INSERT INTO sbom_occurrences (id, created_at, updated_at, project_id, commit_sha, component_id, uuid, archived, traversal_ids)
SELECT g, '2024-01-01', '2024-01-01', CASE WHEN g % 13 = 0 THEN 999 ELSE g % 60 + 1 END, '\x00', 1,
       md5('o' || g)::uuid, g % 2 = 0, '{7}'
FROM generate_series(1, 3000) g WHERE g % 7 <> 0;
