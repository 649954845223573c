-- users 1..400 with 1..4 projects each (project ids with gaps); every 3rd pair also has a second,
-- higher access level (the duplicates MIN keeps the lower of), every 7th a third; about 2,500 rows, so
-- sub-batches of 100 rows cut through users and through a pair's access levels
INSERT INTO project_authorizations (user_id, project_id, access_level, is_unique)
SELECT u, p * 5 + u % 3, l, NULL
FROM generate_series(1, 400) u, generate_series(1, 4) p, (VALUES (10), (30), (50)) levels(l)
WHERE p <= 1 + u % 4
  AND (l = 10 OR (l = 30 AND (u + p) % 3 = 0) OR (l = 50 AND (u + p) % 7 = 0))
  AND NOT (u % 5 = 0 AND l = 10);  -- some pairs start at 30: their minimum is 30

-- rows the sync trigger already forwarded (the Ruby leaves them: ON CONFLICT DO NOTHING), with an
-- access level of their own
INSERT INTO project_authorizations_for_migration (user_id, project_id, access_level)
SELECT DISTINCT user_id, project_id, 40 FROM project_authorizations WHERE (user_id * 3 + project_id) % 11 = 0;

CREATE TABLE forwarded_before AS SELECT * FROM project_authorizations_for_migration;
