-- 3000 issues with gaps in 40 projects (namespace 5000 + project); every 10th is a group issue (no project)
INSERT INTO issues (id, title, project_id, namespace_id)
SELECT g, 'issue ' || g, CASE WHEN g % 10 = 0 THEN NULL ELSE g % 40 END,
       CASE WHEN g % 10 = 0 THEN 77 ELSE 5000 + g % 40 END
FROM generate_series(1, 3500) g WHERE g % 7 <> 0;
-- search data for most project issues, without namespace_id; some already set (stays right)
INSERT INTO issue_search_data (project_id, issue_id, created_at, updated_at, namespace_id)
SELECT project_id, id, '2024-01-01', '2024-01-01', CASE WHEN id % 9 = 0 THEN namespace_id END
FROM issues WHERE project_id IS NOT NULL AND id % 11 <> 0;
-- rows whose issue is gone, and rows filed under another project than their issue's: both must stay NULL
INSERT INTO issue_search_data (project_id, issue_id, created_at, updated_at) VALUES
  (1, 7, '2024-01-01', '2024-01-01'), (2, 3507, '2024-01-01', '2024-01-01'), (999, 12, '2024-01-01', '2024-01-01');
CREATE TABLE original_search_data AS SELECT * FROM issue_search_data;
