-- Namespaces 1..20 (traversal_ids {1, n}); projects 1..1600 in namespace p % 20 + 1, except every 97th id (no
-- project: its settings are skipped) and every 101st, whose namespace 999 does not exist (skipped too).
INSERT INTO namespaces (id, name, path, type, traversal_ids)
SELECT n, 'g' || n, 'g' || n, 'Group', CASE WHEN n = 1 THEN '{1}'::bigint[] ELSE ARRAY[1, n]::bigint[] END
FROM generate_series(1, 20) n;
INSERT INTO projects (id, name, namespace_id)
SELECT p, 'p' || p, CASE WHEN p % 101 = 0 THEN 999 ELSE p % 20 + 1 END
FROM generate_series(1, 1600) p WHERE p % 97 <> 0;
-- Settings for 1..1500 except every 13th id: p % 5 = 0 push protection only, 1 registry scanning only, 2 both,
-- 3 and 4 neither (the auto-fix flags do not matter).
INSERT INTO project_security_settings (project_id, created_at, updated_at, container_scanning_for_registry_enabled,
                                       secret_push_protection_enabled)
SELECT p, now(), now(), p % 5 IN (1, 2), p % 5 IN (0, 2)
FROM generate_series(1, 1500) p WHERE p % 13 <> 0;
-- Pipeline-based statuses the aggregated types take the maximum with: type 12 (secret detection pipeline based)
-- failed (2) for p % 3 = 0, success (1) for p % 3 = 1, none otherwise; type 13 (container scanning pipeline based)
-- failed for p % 7 = 0, not configured (0) for p % 7 = 1.
INSERT INTO analyzer_project_statuses (created_at, updated_at, project_id, analyzer_type, status, last_call, traversal_ids)
SELECT '2019-01-01', '2019-01-01', p, 12, CASE WHEN p % 3 = 0 THEN 2 ELSE 1 END, '2019-01-01', '{7}'
FROM generate_series(1, 1500) p WHERE p % 3 IN (0, 1);
INSERT INTO analyzer_project_statuses (created_at, updated_at, project_id, analyzer_type, status, last_call, traversal_ids)
SELECT '2019-01-01', '2019-01-01', p, 13, CASE WHEN p % 7 = 0 THEN 2 ELSE 0 END, '2019-01-01', '{7}'
FROM generate_series(1, 1500) p WHERE p % 7 IN (0, 1);
-- Rows the upsert meets (status failed, an old last_call, other traversal_ids) for every 11th project, of types
-- 10, 11, 6 and 5; and a sast row (type 0) for every 4th project, which the job never touches.
INSERT INTO analyzer_project_statuses (created_at, updated_at, project_id, analyzer_type, status, last_call, traversal_ids)
SELECT '2019-01-01', '2019-01-01', p, t, 2, '2019-01-01', '{8, 9}'
FROM generate_series(1, 1500) p, unnest(ARRAY[10, 11, 6, 5]) t WHERE p % 11 = 0;
INSERT INTO analyzer_project_statuses (created_at, updated_at, project_id, analyzer_type, status, last_call, traversal_ids)
SELECT '2019-01-01', '2019-01-01', p, 0, 1, '2019-01-01', '{7}'
FROM generate_series(1, 1500) p WHERE p % 4 = 0;
CREATE TABLE orig_statuses AS SELECT * FROM analyzer_project_statuses;
-- The rows the job must leave: (project, type, status, traversal_ids) from the settings, as the Ruby builds them.
CREATE VIEW expected_statuses AS
WITH s AS (
  SELECT pss.project_id, pss.container_scanning_for_registry_enabled AS reg,
         pss.secret_push_protection_enabled AS spp, n.traversal_ids
  FROM project_security_settings pss JOIN projects p ON p.id = pss.project_id JOIN namespaces n ON n.id = p.namespace_id
)
SELECT project_id, 10 AS analyzer_type, 1 AS status, traversal_ids FROM s WHERE spp
UNION ALL SELECT project_id, 11, 1, traversal_ids FROM s WHERE reg
UNION ALL SELECT s.project_id, 6, CASE WHEN o.status = 2 THEN 2 ELSE 1 END, s.traversal_ids FROM s
  LEFT JOIN orig_statuses o ON o.project_id = s.project_id AND o.analyzer_type = 12 WHERE spp
UNION ALL SELECT s.project_id, 5, CASE WHEN o.status = 2 THEN 2 ELSE 1 END, s.traversal_ids FROM s
  LEFT JOIN orig_statuses o ON o.project_id = s.project_id AND o.analyzer_type = 13 WHERE reg;
