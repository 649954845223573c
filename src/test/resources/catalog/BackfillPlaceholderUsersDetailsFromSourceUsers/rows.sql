-- namespaces 1..50 in organizations 1..3; source users may name namespaces 51..55, which do not exist
INSERT INTO namespaces (id, name, path, type, organization_id)
SELECT n, 'g' || n, 'g' || n, 'Group', 1 + n % 3 FROM generate_series(1, 50) n;

-- source users 1..2400 with every 13th id missing; namespace 1 + n % 55; placeholder by n % 10:
-- 0 none (NULL), 1 the namespace's shared import user (100000 + namespace: several source users of a
-- sub-batch share it), otherwise one of its own (10000 + n)
INSERT INTO import_source_users (id, placeholder_user_id, namespace_id, created_at, updated_at,
  source_user_identifier, source_hostname, import_type)
SELECT n, CASE n % 10 WHEN 0 THEN NULL WHEN 1 THEN 100000 + 1 + n % 55 ELSE 10000 + n END,
       1 + n % 55, now(), now(), 'u' || n, 'https://gh.example', 'github'
FROM generate_series(1, 2400) n WHERE n % 13 <> 6;

-- placeholders that already have details (with values of their own: the job must not touch them)
INSERT INTO import_placeholder_user_details (placeholder_user_id, namespace_id, organization_id, created_at, updated_at)
SELECT 10000 + n, 999, 9, timestamptz '2020-01-01 00:00+00', timestamptz '2020-01-01 00:00+00'
FROM generate_series(1, 2400) n WHERE n % 7 = 0 AND n % 10 > 1;
INSERT INTO import_placeholder_user_details (placeholder_user_id, namespace_id, organization_id, created_at, updated_at)
VALUES (100000 + 5, 999, 9, timestamptz '2020-01-01 00:00+00', timestamptz '2020-01-01 00:00+00');

CREATE TABLE original_details AS SELECT * FROM import_placeholder_user_details;
