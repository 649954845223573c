-- 1..1500 with every 9th id missing: Namespace routes, Project routes, a few 'UnusedType' ones
-- (out of scope), and some that already have a namespace_id of their own (updated all the same:
-- GitLab's update_all sets namespace_id = source_id for every row in scope)
INSERT INTO routes (id, source_id, source_type, path, namespace_id)
SELECT g, 10000 + g, CASE WHEN g % 13 = 0 THEN 'UnusedType' WHEN g % 2 = 0 THEN 'Namespace' ELSE 'Project' END,
       'path-' || g, CASE WHEN g % 17 = 0 THEN 5 END
FROM generate_series(1, 1500) g WHERE g % 9 <> 0;
