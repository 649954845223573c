-- 9,000 namespaces, ids 1..9500 with every 19th missing (gaps), by id % 6: 0 and 1 top-level groups, 2 a
-- subgroup (parent 1), 3 a user namespace, 4 a project namespace, 5 a top-level group. Some have
-- namespace_settings already (id % 4 = 0, allow_runner_registration_token true, or id % 4 = 1 false):
-- the top-level groups among them are updated in place (allow_runner_registration_token false,
-- updated_at kept), the others left alone; top-level groups without settings get a row.
INSERT INTO namespaces (id, name, path, parent_id, type)
SELECT g, 'ns' || g, 'ns' || g, CASE WHEN g % 6 = 2 THEN 1 WHEN g % 6 = 4 THEN 5 END,
       CASE g % 6 WHEN 3 THEN 'User' WHEN 4 THEN 'Project' ELSE 'Group' END
FROM generate_series(1, 9500) g WHERE g % 19 <> 0;

INSERT INTO namespace_settings (namespace_id, created_at, updated_at, allow_runner_registration_token)
SELECT id, timestamptz '2024-01-01 00:00+00' + id * interval '1 minute',
       timestamptz '2024-02-01 00:00+00' + id * interval '1 minute', id % 4 = 0
FROM namespaces WHERE id % 4 IN (0, 1);

CREATE TABLE bbm_case_settings_before AS SELECT * FROM namespace_settings;
