-- builds 1..1400 in partition 100 (ids up to 700) or 101, of project 5000 + id % 300
INSERT INTO p_ci_builds (id, partition_id, project_id, status, name)
SELECT b, CASE WHEN b <= 700 THEN 100 ELSE 101 END, 5000 + b % 300, 'success', 'job'
FROM generate_series(1, 1400) b;

-- needs 1..1500 with every 9th id missing, on build id (missing above 1400); every 11th names the wrong
-- partition (no build matches: stays NULL); every 4th already has a project_id (out of scope: kept)
INSERT INTO ci_build_needs (id, build_id, partition_id, name, project_id)
SELECT n, n, CASE WHEN n % 11 = 0 THEN 102 WHEN n <= 700 THEN 100 ELSE 101 END, 'need-' || n,
       CASE WHEN n % 4 = 0 THEN 42 END
FROM generate_series(1, 1500) n WHERE n % 9 <> 0;

CREATE TABLE original_ci_build_needs AS SELECT * FROM ci_build_needs;
