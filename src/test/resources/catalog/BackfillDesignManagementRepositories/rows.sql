-- 2500 projects (every 9th id missing); every 5th already has a repository row (from 2022, which must
-- stay), plus 20 repository rows of projects that no longer exist (kept).
INSERT INTO projects (id, name, path, namespace_id)
SELECT p, 'p' || p, 'p' || p, 1 FROM generate_series(1, 2800) p WHERE p % 9 <> 0;
INSERT INTO design_management_repositories (project_id, created_at, updated_at)
SELECT p, timestamptz '2022-01-01', timestamptz '2022-01-01' FROM generate_series(1, 2800) p WHERE p % 9 <> 0 AND p % 5 = 0
UNION ALL SELECT 90000 + g, timestamptz '2022-01-01', timestamptz '2022-01-01' FROM generate_series(1, 20) g;

CREATE TABLE original_repositories AS SELECT * FROM design_management_repositories;
