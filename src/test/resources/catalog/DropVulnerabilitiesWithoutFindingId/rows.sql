-- vulnerabilities 1..3500 except every 9th id; finding_id NULL on every 4th (the ones the job drops),
-- the others point at a finding
INSERT INTO vulnerabilities (id, project_id, title, created_at, updated_at, finding_id)
SELECT g, 1 + g % 17, 'vuln-' || g, now(), now(), CASE WHEN g % 4 <> 0 THEN 100000 + g END
FROM generate_series(1, 3500) g WHERE g % 9 <> 0;

CREATE TABLE original_vulnerabilities AS SELECT * FROM vulnerabilities;
