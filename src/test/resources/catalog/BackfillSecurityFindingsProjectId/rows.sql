-- scanners 1..30 of projects 701..730
INSERT INTO vulnerability_scanners (id, created_at, updated_at, project_id, external_id, name)
SELECT s, now(), now(), 700 + s, 'x' || s, 'scanner ' || s FROM generate_series(1, 30) s;

-- findings 1..3000 with every 11th id missing; scanner 1 + n % 33 (31..33 do not exist: they stay NULL);
-- every 4th already has a project_id (999), which the job must not overwrite
INSERT INTO security_findings (id, scan_id, scanner_id, severity, partition_number, project_id)
SELECT n, 1 + n % 90, 1 + n % 33, 1 + n % 7, 1, CASE WHEN n % 4 = 0 THEN 999 END
FROM generate_series(1, 3000) n WHERE n % 11 <> 3;

CREATE TABLE original_findings AS SELECT id, project_id, scanner_id FROM security_findings;
