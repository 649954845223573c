-- 1300 projects (every 7th id missing), each with: Maven 'a' 1.0 in 1 to 3 copies (duplicates when 2+);
-- every 4th two Maven 'b' without a version (a NULL group), every 8th also a Maven 'b' with version ''
-- (joined to the NULL group by COALESCE); every 5th an npm 'a' 1.0 (marked too: the update joins any type);
-- every 6th two Maven 'c' 2.0 of which one is already pending destruction (no duplicate left);
-- every 9th two Maven 'd' 3.0 in another status (2) (duplicates); every 11th a Maven 'e' 1 alone.
INSERT INTO packages_packages (project_id, created_at, updated_at, name, version, package_type, status)
SELECT p, timestamptz '2024-01-01 00:00+00', timestamptz '2024-01-01 00:00+00', v.name, v.version, v.package_type, v.status
FROM generate_series(1, 1300) p
CROSS JOIN LATERAL (
  SELECT 'a' AS name, '1.0' AS version, 1 AS package_type, 0 AS status FROM generate_series(1, 1 + p % 3)
  UNION ALL SELECT 'b', NULL, 1, 0 FROM generate_series(1, 2) WHERE p % 4 = 0
  UNION ALL SELECT 'b', '', 1, 0 WHERE p % 8 = 0
  UNION ALL SELECT 'a', '1.0', 2, 0 WHERE p % 5 = 0
  UNION ALL SELECT 'c', '2.0', 1, 0 WHERE p % 6 = 0
  UNION ALL SELECT 'c', '2.0', 1, 4 WHERE p % 6 = 0
  UNION ALL SELECT 'd', '3.0', 1, 2 FROM generate_series(1, 2) WHERE p % 9 = 0
  UNION ALL SELECT 'e', '1', 1, 0 WHERE p % 11 = 0
) v
WHERE p % 7 <> 3
ORDER BY p, random();

CREATE TABLE original_packages AS SELECT * FROM packages_packages;
