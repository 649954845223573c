-- namespaces 1..600 (groups and project namespaces) and projects 1..600 whose project namespace is
-- 10000 + id; ids above 600 have neither (orphans).
INSERT INTO namespaces (id, name, path, type)
SELECT n, 'g' || n, 'g' || n, CASE WHEN n % 2 = 0 THEN 'Group' ELSE 'User' END FROM generate_series(1, 600) n;
INSERT INTO projects (id, name, path, namespace_id, project_namespace_id)
SELECT p, 'p' || p, 'p' || p, 1, 10000 + p FROM generate_series(1, 600) p;

-- redirect routes 1..1500 with every 9th id missing: odd ids are Project routes, even ids Namespace
-- routes; source_id = (id % 800) + 1, so about a quarter point at no namespace or project; every 5th
-- already has a namespace_id of its own (out of every class's scope: kept).
INSERT INTO redirect_routes (id, source_id, source_type, path, created_at, updated_at, namespace_id)
SELECT r, (r % 800) + 1, CASE WHEN r % 2 = 1 THEN 'Project' ELSE 'Namespace' END, 'old/path-' || r,
       timestamp '2020-01-01', timestamp '2020-01-02', CASE WHEN r % 5 = 0 THEN 424242 END
FROM generate_series(1, 1500) r WHERE r % 9 <> 0;

CREATE TABLE original_redirect_routes AS SELECT * FROM redirect_routes;
