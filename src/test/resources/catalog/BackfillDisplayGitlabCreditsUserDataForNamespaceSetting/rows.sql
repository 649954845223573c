-- namespaces 1..1500: every 3rd a User namespace, every 3rd+1 a Project namespace, the rest Groups.
INSERT INTO namespaces (id, name, path, type)
SELECT n, 'ns-' || n, 'ns-' || n, CASE n % 3 WHEN 0 THEN 'User' WHEN 1 THEN 'Project' ELSE 'Group' END
FROM generate_series(1, 1500) n;

-- settings for 1..1600 with every 12th missing (1501..1600 have no namespace: the join skips them).
-- usage_billing by n % 6: NULL, {}, the flag false, another key only, the flag already true, the flag
-- as the string "true" (->> reads 'true': left alone).
INSERT INTO namespace_settings (created_at, updated_at, namespace_id, usage_billing)
SELECT timestamptz '2020-01-01 00:00+00', timestamptz '2020-01-02 00:00+00', n,
       CASE n % 6 WHEN 0 THEN NULL WHEN 1 THEN '{}'::jsonb
         WHEN 2 THEN '{"display_gitlab_credits_user_data": false, "x": 1}'::jsonb WHEN 3 THEN '{"other": "a"}'::jsonb
         WHEN 4 THEN '{"display_gitlab_credits_user_data": true}'::jsonb
         ELSE '{"display_gitlab_credits_user_data": "true"}'::jsonb END
FROM generate_series(1, 1600) n WHERE n % 12 <> 5;

CREATE TABLE original_settings AS SELECT namespace_id, usage_billing, updated_at FROM namespace_settings;
