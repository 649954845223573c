-- namespaces 1..6000 with every 23rd id missing (never a multiple of 10): every 10th a group, the ones
-- ending in 1 groups whose parent is gone (not project namespaces: out of scope, kept), the ones ending in
-- 2 user namespaces (parent missing too: out of scope), the rest project namespaces: every 7th without a
-- parent, every 3rd with a parent that does not exist (an orphan), the others under the group n/10*10.
INSERT INTO namespaces (id, name, path, owner_id, type, parent_id)
SELECT n, 'ns-' || n, 'ns-' || n, NULL,
       CASE WHEN n % 10 = 0 THEN 'Group' WHEN n % 10 = 1 THEN 'Group' WHEN n % 10 = 2 THEN 'User' ELSE 'Project' END,
       CASE WHEN n % 10 = 0 THEN NULL
            WHEN n % 10 IN (1, 2) THEN 900000 + n
            WHEN n % 7 = 0 THEN NULL
            WHEN n % 3 = 0 THEN 900000 + n
            ELSE n / 10 * 10 END
FROM generate_series(1, 6000) n WHERE n % 23 <> 11 OR n % 10 = 0;

-- half of the orphans still have their project (kept), as do some healthy project namespaces
INSERT INTO projects (id, name, path, namespace_id, project_namespace_id)
SELECT id, 'p-' || id, 'p-' || id, 1, id FROM namespaces
WHERE type = 'Project' AND ((parent_id > 900000 AND id % 2 = 0) OR (parent_id < 900000 AND id % 5 = 0));

CREATE TABLE original_namespaces AS SELECT * FROM namespaces;
