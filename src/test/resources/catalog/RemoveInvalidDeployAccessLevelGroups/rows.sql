-- namespaces 1..300: type cycles User, Group, Project (ids 301..400 do not exist)
INSERT INTO namespaces (id, name, path, type)
SELECT n, 'ns' || n, 'ns' || n, (ARRAY['User', 'Group', 'Project'])[n % 3 + 1]
FROM generate_series(1, 300) n;

-- deploy access levels 1..3000 with every 7th id missing; by id % 4:
--   0: access_level only, 1: user_id only, 2 and 3: group_id = a namespace id 1..400 (301..400 missing)
INSERT INTO protected_environment_deploy_access_levels
  (id, created_at, updated_at, access_level, protected_environment_id, user_id, group_id)
SELECT d, timestamptz '2020-01-01 00:00:00+00', timestamptz '2020-01-01 00:00:00+00',
       CASE WHEN d % 4 = 0 THEN 30 END, 1 + d % 50,
       CASE WHEN d % 4 = 1 THEN d END,
       CASE WHEN d % 4 >= 2 THEN 1 + (d * 7) % 400 END
FROM generate_series(1, 3000) d WHERE d % 7 <> 0;

CREATE TABLE original_deploy_access_levels AS SELECT * FROM protected_environment_deploy_access_levels;
