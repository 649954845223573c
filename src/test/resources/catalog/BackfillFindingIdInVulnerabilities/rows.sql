-- 2600 vulnerabilities (every 8th id missing); each 6th has no finding; each 5th already has a finding_id
-- (for some a different, stale one: must stay). Findings get ids 100000 + vulnerability id, shuffled order.
INSERT INTO vulnerabilities (id, project_id, title, created_at, updated_at, finding_id)
SELECT v, 1, 'v' || v, timestamptz '2023-01-01', timestamptz '2023-01-01',
       CASE WHEN v % 5 = 0 THEN CASE WHEN v % 10 = 0 THEN 777 ELSE 100000 + v END END
FROM generate_series(1, 3000) v WHERE v % 8 <> 0;
INSERT INTO vulnerability_occurrences (id, created_at, updated_at, project_id, uuid, vulnerability_id)
SELECT 100000 + v, now(), now(), 1, md5('f' || v)::uuid, v
FROM generate_series(1, 3000) v WHERE v % 8 <> 0 AND v % 6 <> 0 ORDER BY random();
-- findings of no vulnerability
INSERT INTO vulnerability_occurrences (id, created_at, updated_at, project_id, uuid, vulnerability_id)
SELECT 200000 + g, now(), now(), 1, md5('o' || g)::uuid, NULL FROM generate_series(1, 30) g;

CREATE TABLE original_vulnerabilities AS SELECT * FROM vulnerabilities;
