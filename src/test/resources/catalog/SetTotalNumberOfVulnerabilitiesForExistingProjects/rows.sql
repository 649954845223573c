-- 1300 projects (every 9th missing), each with 0 to 6 vulnerability_reads (every 7th has none, so no row in
-- the batches); vulnerability ids shuffled.
INSERT INTO vulnerability_reads (vulnerability_id, project_id, scanner_id, report_type, severity, state, uuid)
SELECT row_number() OVER (ORDER BY random()) + 5000, p, 1, 0, 5, 1, md5(p || '-' || k)::uuid
FROM generate_series(1, 1300) p CROSS JOIN generate_series(1, 6) k
WHERE p % 9 <> 2 AND k <= p % 7;

-- statistics that exist already: every 4th project with a wrong count (reset to the true one), and projects
-- with no vulnerability_reads at all (outside the job: kept as they are)
INSERT INTO project_security_statistics (project_id, vulnerability_count)
SELECT p, 99 FROM generate_series(1, 1300) p WHERE p % 4 = 0;
INSERT INTO project_security_statistics (project_id, vulnerability_count)
SELECT 900000 + g, 42 FROM generate_series(1, 10) g;

CREATE TABLE original_statistics AS SELECT * FROM project_security_statistics;
