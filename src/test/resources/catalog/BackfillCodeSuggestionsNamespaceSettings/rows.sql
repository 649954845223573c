-- 3000 namespaces: type Group (n % 3 = 0), User (n % 3 = 1) or Project (n % 3 = 2); settings for every
-- namespace but each 7th, plus 50 settings whose namespace is missing (ids 5001..5050). code_suggestions
-- starts mixed: true for even ids, false for odd ones.
INSERT INTO namespaces (id, name, path, type)
SELECT n, 'n' || n, 'n' || n, CASE n % 3 WHEN 0 THEN 'Group' WHEN 1 THEN 'User' ELSE 'Project' END
FROM generate_series(1, 3000) n;
INSERT INTO namespace_settings (created_at, updated_at, namespace_id, code_suggestions)
SELECT timestamptz '2023-01-01', timestamptz '2023-01-01', n, n % 2 = 0
FROM (SELECT n FROM generate_series(1, 3000) n WHERE n % 7 <> 0 UNION ALL SELECT generate_series(5001, 5050)) s;

CREATE TABLE original_settings AS SELECT * FROM namespace_settings;
