-- 2500 namespaces with default_branch_protection 0..4, NULL (n % 7 = 5) or an unknown level 9 (n % 7 = 6);
-- settings for every namespace but each 11th, starting as '{}' or a stale object.
INSERT INTO namespaces (id, name, path, type, default_branch_protection)
SELECT n, 'n' || n, 'n' || n, CASE WHEN n % 2 = 0 THEN 'Group' ELSE 'User' END,
       CASE WHEN n % 7 < 5 THEN n % 7 WHEN n % 7 = 6 THEN 9 END
FROM generate_series(1, 2500) n;
INSERT INTO namespace_settings (created_at, updated_at, namespace_id, default_branch_protection_defaults)
SELECT timestamptz '2023-01-01', timestamptz '2023-01-01', n,
       CASE WHEN n % 3 = 0 THEN '{"allow_force_push": false}'::jsonb ELSE '{}'::jsonb END
FROM generate_series(1, 2500) n WHERE n % 11 <> 0;

CREATE TABLE original_settings AS SELECT * FROM namespace_settings;
