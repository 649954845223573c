-- projects 1..60, project namespaces 1001..1060
INSERT INTO projects (id, name, path, namespace_id, project_namespace_id)
SELECT p, 'p' || p, 'p' || p, 500 + p, 1000 + p FROM generate_series(1, 60) p;

-- designs 1..1800 with every 8th id missing; project 1 + n % 63 (61 and 62 have no project: such
-- designs keep their namespace_id); namespace_id wrong (7) for two thirds, already right for the rest
INSERT INTO design_management_designs (id, project_id, filename, iid, namespace_id)
SELECT n, 1 + n % 63, 'f' || n || '.png', n,
       CASE WHEN n % 3 = 0 AND 1 + n % 63 <= 60 THEN 1000 + 1 + n % 63 ELSE 7 END
FROM generate_series(1, 1800) n WHERE n % 8 <> 5;

-- versions and mentions: two version rows per design with namespace_id NULL or wrong, one mention for
-- every other design
INSERT INTO design_management_designs_versions (id, design_id, version_id, namespace_id)
SELECT d.id * 2 + k, d.id, 9000 + k, CASE WHEN k = 0 THEN NULL ELSE 3 END
FROM design_management_designs d CROSS JOIN generate_series(0, 1) k;
INSERT INTO design_user_mentions (id, design_id, note_id, namespace_id)
SELECT d.id, d.id, 70000 + d.id, CASE WHEN d.id % 4 = 0 THEN 4 END
FROM design_management_designs d WHERE d.id % 2 = 0;

CREATE TABLE original_designs AS SELECT * FROM design_management_designs;
