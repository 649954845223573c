-- projects 1..3000 with every 7th id missing; every 4th already has a wiki repository row from 2020 (kept
-- as is), and one row belongs to a project that does not exist (kept).
INSERT INTO projects (id, name, namespace_id) SELECT g, 'p' || g, 1 FROM generate_series(1, 3000) g WHERE g % 7 <> 0;
INSERT INTO project_wiki_repositories (project_id, created_at, updated_at)
SELECT id, '2020-01-01', '2020-01-01' FROM projects WHERE id % 4 = 0;
INSERT INTO project_wiki_repositories (project_id, created_at, updated_at) VALUES (7, '2020-01-01', '2020-01-01');
