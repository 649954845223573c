-- Root namespaces 1..2500: every 5th a root Group (traversal_ids {id}), every 97th type NULL (skipped),
-- every 89th missing (its statistics row is skipped), the rest 'User'. Subgroups 10001..10500 under
-- root groups (traversal_ids {root, id}). Projects 1..6000: every 3rd in a subgroup, the others in
-- namespace p % 2500 + 1; visibility 0/10/20; statistics for all but every 23rd (storage_size p * 10).
-- Fork networks: project p with p % 4 = 0 is the root of network p; projects with p % 4 in (2, 3) are
-- members of network p - p % 4 (if any), roots are members of their own; p % 4 = 1 in none. Networks
-- whose id is a multiple of 40 have lost their root (root_project_id NULL: no member counts).
-- Statistics rows for namespaces 1..2500 (every 13th missing), every 17th already with fork data
-- (private 7: skipped), all with updated_at 2020-01-01.
INSERT INTO namespaces (id, name, path, type, traversal_ids)
SELECT n, 'n' || n, 'n' || n,
       CASE WHEN n % 97 = 0 THEN NULL WHEN n % 5 = 0 THEN 'Group' ELSE 'User' END,
       ARRAY[n]::bigint[]
FROM generate_series(1, 2500) n WHERE n % 89 <> 0;
INSERT INTO namespaces (id, name, path, type, traversal_ids)
SELECT s, 's' || s, 's' || s, 'Group', ARRAY[((s - 10001) * 5) % 2500 + 5, s]::bigint[]
FROM generate_series(10001, 10500) s;
INSERT INTO projects (id, name, namespace_id, visibility_level)
SELECT p, 'p' || p, CASE WHEN p % 3 = 0 THEN 10001 + p % 500 ELSE p % 2500 + 1 END, ((p / 3) % 3) * 10
FROM generate_series(1, 6000) p;
INSERT INTO project_statistics (id, project_id, namespace_id, storage_size)
SELECT p, p, 1, p * 10 FROM generate_series(1, 6000) p WHERE p % 23 <> 0;
INSERT INTO fork_networks (id, root_project_id)
SELECT p, CASE WHEN p % 40 = 0 THEN NULL ELSE p END FROM generate_series(4, 6000, 4) p;
INSERT INTO fork_network_members (id, fork_network_id, project_id)
SELECT p, p - p % 4, p FROM generate_series(4, 6000) p WHERE p % 4 <> 1;
INSERT INTO namespace_root_storage_statistics (namespace_id, updated_at, private_forks_storage_size)
SELECT n, '2020-01-01', CASE WHEN n % 17 = 0 THEN 7 ELSE 0 END FROM generate_series(1, 2500) n WHERE n % 13 <> 0;
-- expected sums per namespace and level, computed from the projects' side: a forked project counts for
-- its own namespace (User) and for every id in its Group namespace's traversal_ids
CREATE TABLE forked AS
SELECT p.id, p.namespace_id, p.visibility_level, ps.storage_size FROM projects p
JOIN project_statistics ps ON ps.project_id = p.id
JOIN fork_network_members m ON m.project_id = p.id
JOIN fork_networks f ON f.id = m.fork_network_id
WHERE f.root_project_id IS NOT NULL AND f.root_project_id <> p.id;
CREATE TABLE expected_fork_sizes AS
SELECT r.namespace_id, lvl.level,
       CASE WHEN n.type = 'Group'
            THEN (SELECT sum(x.storage_size) FROM (SELECT unnest(g.traversal_ids) AS root, f.visibility_level, f.storage_size
                    FROM forked f JOIN namespaces g ON g.id = f.namespace_id AND g.type = 'Group') x
                  WHERE x.root = r.namespace_id AND x.visibility_level = lvl.level)
            ELSE (SELECT sum(f.storage_size) FROM forked f WHERE f.namespace_id = r.namespace_id AND f.visibility_level = lvl.level)
       END AS size
FROM namespace_root_storage_statistics r
JOIN namespaces n ON n.id = r.namespace_id AND n.type IS NOT NULL
CROSS JOIN (VALUES (0), (10), (20)) lvl(level)
WHERE r.private_forks_storage_size = 0;
