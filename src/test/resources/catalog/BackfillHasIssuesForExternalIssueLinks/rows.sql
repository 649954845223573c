-- 2700 reads (vulnerability ids 1..3000, every 10th missing); every 4th already has has_issues = true.
-- Every 3rd vulnerability has one or two external issue links (also some of the true ones); 20 links point
-- at missing vulnerabilities.
INSERT INTO vulnerability_reads (vulnerability_id, project_id, scanner_id, report_type, severity, state, uuid, has_issues)
SELECT v, 1, 1, 0, 5, 1, md5('r' || v)::uuid, v % 4 = 0
FROM generate_series(1, 3000) v WHERE v % 10 <> 0;
INSERT INTO vulnerability_external_issue_links (id, created_at, updated_at, author_id, vulnerability_id, external_project_key, external_issue_key)
SELECT row_number() OVER (), now(), now(), 1, v, 'P', v || '-' || k
FROM generate_series(1, 3000) v CROSS JOIN generate_series(1, 2) k WHERE v % 3 = 0 AND (k = 1 OR v % 2 = 0)
UNION ALL SELECT 90000 + g, now(), now(), 1, 10 * g, 'P', 'x' || g FROM generate_series(1, 20) g;

CREATE TABLE original_reads AS SELECT id, vulnerability_id, has_issues FROM vulnerability_reads;
