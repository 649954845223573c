-- Groups 1..20: 1 a root, 2..5 its children, 6..10 children of 2, 11..20 roots; 21..30 user namespaces.
-- Archived settings: group 2 (so 6..10 below it are archived too), group 13, and user namespace 25, which counts
-- for nothing (the job joins a project's namespace only when it is a Group).
INSERT INTO namespaces (id, name, path, type, traversal_ids)
SELECT n, 'n' || n, 'n' || n, CASE WHEN n <= 20 THEN 'Group' ELSE 'User' END,
       CASE WHEN n = 1 THEN ARRAY[1] WHEN n <= 5 THEN ARRAY[1, n] WHEN n <= 10 THEN ARRAY[1, 2, n] ELSE ARRAY[n] END
FROM generate_series(1, 30) n;
INSERT INTO namespace_settings (created_at, updated_at, namespace_id, archived)
SELECT now(), now(), n, n IN (2, 13, 25) FROM generate_series(1, 30) n;
-- Projects 1..2100 except every 97th id, in namespace 1 + p % 30; every 10th archived itself.
INSERT INTO projects (id, name, namespace_id, archived)
SELECT p, 'p' || p, 1 + p % 30, p % 10 = 0 FROM generate_series(1, 2100) p WHERE p % 97 <> 0;
-- Filters 1..2100 except every 11th id, one per project (project_id = id, so the filters of every 97th id have no
-- project: left alone); archived true on every 3rd, whatever the project says.
INSERT INTO security_inventory_filters (archived, project_id, project_name, traversal_ids, sast, total)
SELECT f % 3 = 0, f, 'p' || f, ARRAY[f % 7], f % 3, f % 40 FROM generate_series(1, 2100) f;
DELETE FROM security_inventory_filters WHERE id % 11 = 0;
CREATE TABLE orig_filters AS SELECT * FROM security_inventory_filters;
-- The namespaces whose projects are archived through a group: 2 and its descendants 6..10, and 13.
CREATE TABLE archived_through_group (namespace_id bigint PRIMARY KEY);
INSERT INTO archived_through_group VALUES (2), (6), (7), (8), (9), (10), (13);
