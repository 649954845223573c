-- 1..2500 with every 6th id missing: project snippets (most with an organization_id, some already NULL) and
-- personal snippets (which keep theirs), plus a few with a NULL type
INSERT INTO snippets (id, title, author_id, project_id, created_at, updated_at, type, organization_id)
SELECT g, 'snippet ' || g, 1,
       CASE WHEN g % 3 = 0 THEN NULL ELSE 10 + g % 7 END, '2024-01-01', '2024-01-01',
       CASE WHEN g % 3 = 0 THEN 'PersonalSnippet' WHEN g % 29 = 0 THEN NULL ELSE 'ProjectSnippet' END,
       CASE WHEN g % 17 = 0 THEN NULL ELSE 1 END
FROM generate_series(1, 2500) g WHERE g % 6 <> 0;
CREATE TABLE original_snippets AS SELECT id, type, organization_id, updated_at FROM snippets;
