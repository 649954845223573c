-- 1300 projects (every 7th id missing), each with: npm 'a' 1.0 in 1 to 3 copies (duplicates when 2+);
-- every 4th two npm 'b' without a version (NULL: the join's plain = never matches them, they stay);
-- every 5th a Maven 'a' 1.0 (marked too when the npm 'a's are duplicates: the update joins any type);
-- every 6th two npm 'c' 2.0 of which one is already pending destruction (no duplicate left);
-- every 9th two npm 'd' 3.0 in another status (2) (duplicates); every 11th an npm 'e' 1 alone;
-- every 13th two Maven 'f' 1.0 (Maven duplicates are not this job's business).
INSERT INTO packages_packages (project_id, created_at, updated_at, name, version, package_type, status)
SELECT p, timestamptz '2024-01-01 00:00+00', timestamptz '2024-01-01 00:00+00', v.name, v.version, v.package_type, v.status
FROM generate_series(1, 1300) p
CROSS JOIN LATERAL (
  SELECT 'a' AS name, '1.0' AS version, 2 AS package_type, 0 AS status FROM generate_series(1, 1 + p % 3)
  UNION ALL SELECT 'b', NULL, 2, 0 FROM generate_series(1, 2) WHERE p % 4 = 0
  UNION ALL SELECT 'a', '1.0', 1, 0 WHERE p % 5 = 0
  UNION ALL SELECT 'c', '2.0', 2, 0 WHERE p % 6 = 0
  UNION ALL SELECT 'c', '2.0', 2, 4 WHERE p % 6 = 0
  UNION ALL SELECT 'd', '3.0', 2, 2 FROM generate_series(1, 2) WHERE p % 9 = 0
  UNION ALL SELECT 'e', '1', 2, 0 WHERE p % 11 = 0
  UNION ALL SELECT 'f', '1.0', 1, 0 FROM generate_series(1, 2) WHERE p % 13 = 0
) v
WHERE p % 7 <> 3
ORDER BY p, random();

CREATE TABLE original_packages AS SELECT * FROM packages_packages;
