-- Projects 1..1400 except every 97th id (their statistics are skipped); every 50th has no name (skipped too).
INSERT INTO projects (id, name, namespace_id)
SELECT p, CASE WHEN p % 50 = 0 THEN NULL ELSE 'project ' || p END, 1 + p % 10
FROM generate_series(1, 1400) p WHERE p % 97 <> 0;
-- Statistics for projects 1..1300 except every 9th (gaps in project_id); varied counts, archived every 6th.
INSERT INTO vulnerability_statistics (id, created_at, updated_at, project_id, total, critical, high, medium, low,
                                      unknown, info, letter_grade, archived, traversal_ids)
SELECT p, now(), now(), p, p % 50, p % 3, p % 5, p % 7, p % 11, p % 2, p % 13, 1, p % 6 = 0, ARRAY[1, 1 + p % 10]
FROM generate_series(1, 1300) p WHERE p % 9 <> 0;
-- Analyzer statuses of types 0..13 (and an unknown type 20, which no column takes) for some projects.
INSERT INTO analyzer_project_statuses (created_at, updated_at, project_id, analyzer_type, status, last_call)
SELECT now(), now(), p, t, (p + t) % 3, now()
FROM generate_series(1, 1400) p, generate_series(0, 13) t WHERE (p * 7 + t) % 4 = 0;
INSERT INTO analyzer_project_statuses (created_at, updated_at, project_id, analyzer_type, status, last_call)
SELECT now(), now(), p, 20, 2, now() FROM generate_series(1, 1400) p WHERE p % 5 = 0;
-- Stale filters for every 8th project (the upsert overwrites those it has statistics for: every column but
-- project_id), and one for project 5000, which has no statistics.
INSERT INTO security_inventory_filters (archived, sast, sast_advanced, sast_iac, dast, dependency_scanning,
  coverage_fuzzing, api_fuzzing, cluster_image_scanning, secret_detection_secret_push_protection,
  container_scanning_for_registry, secret_detection_pipeline_based, container_scanning_pipeline_based,
  secret_detection, container_scanning, total, critical, high, medium, low, info, unknown, project_id,
  traversal_ids, project_name)
SELECT true, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 99, 99, 99, 99, 99, 99, 99, p, '{42}'::bigint[], 'stale'
FROM generate_series(8, 1400, 8) p
UNION ALL
SELECT true, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 99, 99, 99, 99, 99, 99, 99, 5000, '{42}'::bigint[], 'stale';
CREATE TABLE orig_filters AS SELECT * FROM security_inventory_filters;
-- What the Ruby builds for each statistics row whose project has a name; statuses in ANALYZER_TYPES order.
CREATE VIEW expected_filters AS
SELECT vs.project_id, p.name AS project_name, vs.traversal_ids, vs.archived,
       ARRAY[vs.info, vs.unknown, vs.low, vs.medium, vs.high, vs.critical, vs.total] AS counts,
       ARRAY(SELECT COALESCE((SELECT a.status FROM analyzer_project_statuses a
                              WHERE a.project_id = vs.project_id AND a.analyzer_type = t), 0)
             FROM generate_series(0, 13) t ORDER BY t) AS statuses
FROM vulnerability_statistics vs JOIN projects p ON p.id = vs.project_id
WHERE p.name IS NOT NULL;
CREATE VIEW actual_filters AS
SELECT f.id, f.project_id, f.project_name, f.traversal_ids, f.archived,
       ARRAY[f.info, f.unknown, f.low, f.medium, f.high, f.critical, f.total] AS counts,
       ARRAY[f.sast, f.sast_advanced, f.sast_iac, f.dast, f.dependency_scanning, f.container_scanning,
             f.secret_detection, f.coverage_fuzzing, f.api_fuzzing, f.cluster_image_scanning,
             f.secret_detection_secret_push_protection, f.container_scanning_for_registry,
             f.secret_detection_pipeline_based, f.container_scanning_pipeline_based]::int[] AS statuses
FROM security_inventory_filters f;
