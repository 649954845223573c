-- notes 1..1200 except every id with id % 12 = 11 (gaps); by id % 12 (the sub-cases by id % 24, 36 or 48):
--  0 a note with a project (out of scope) whose issue is missing: untouched, not archived
--  1 Issue: namespace from the issue (overwrites a namespace the note had, on id % 24 = 13)
--  2 Issue that is missing: archived, unless the note has a namespace (id % 24 = 14)
--  3 Epic: the epic's group
--  4 MergeRequest: the target project's project namespace; on id % 48 = 4 the project has none, the note's
--    namespace is overwritten with NULL and the note archived
--  5 AlertManagement::Alert: the alert project's project namespace
--  6 WikiPage::Meta: project wiki (6), group wiki (18), both: the group wins (30), neither: archived (42)
--  7 Snippet: personal (7): namespace NULL, organization from the snippet; project snippet (19): archived
--  8 Vulnerability: project's project namespace (8); project without one (20) and missing (32): archived, but
--    a note with a namespace whose vulnerability's project has none keeps it (id % 72 = 20)
--  9 DesignManagement::Design (no lookup): archived
-- 10 Commit with a namespace (10): kept; Snippet missing but the note has an organization (22): kept
INSERT INTO projects (id, project_namespace_id)
SELECT g, CASE WHEN g % 48 = 4 THEN NULL ELSE 300000 + g END FROM generate_series(1, 1200) g;
INSERT INTO projects (id, project_namespace_id) VALUES (999999, NULL);
INSERT INTO issues SELECT g, 100000 + g FROM generate_series(1, 1200) g WHERE g % 12 = 1;
INSERT INTO epics SELECT g, 200000 + g FROM generate_series(1, 1200) g WHERE g % 12 = 3;
INSERT INTO merge_requests SELECT g, g FROM generate_series(1, 1200) g WHERE g % 12 = 4;
INSERT INTO alert_management_alerts SELECT g, g FROM generate_series(1, 1200) g WHERE g % 12 = 5;
INSERT INTO wiki_page_meta (id, project_id, namespace_id)
SELECT g, CASE WHEN g % 48 IN (6, 30) THEN g END, CASE WHEN g % 48 IN (18, 30) THEN 400000 + g END
FROM generate_series(1, 1200) g WHERE g % 12 = 6;
INSERT INTO snippets (id, author_id, project_id, organization_id)
SELECT g, 1, CASE WHEN g % 24 = 19 THEN g END, CASE WHEN g % 24 = 7 THEN 1 END
FROM generate_series(1, 1200) g WHERE g % 12 = 7;
INSERT INTO vulnerabilities (id, project_id)
SELECT g, CASE WHEN g % 36 = 8 THEN g ELSE 999999 END FROM generate_series(1, 1200) g WHERE g % 36 IN (8, 20);

INSERT INTO notes (id, note, noteable_type, noteable_id, author_id, project_id, namespace_id, organization_id,
                   created_at, updated_at, discussion_id)
SELECT g, 'note ' || g,
       CASE g % 12 WHEN 0 THEN 'Issue' WHEN 1 THEN 'Issue' WHEN 2 THEN 'Issue' WHEN 3 THEN 'Epic'
         WHEN 4 THEN 'MergeRequest' WHEN 5 THEN 'AlertManagement::Alert' WHEN 6 THEN 'WikiPage::Meta'
         WHEN 7 THEN 'Snippet' WHEN 8 THEN 'Vulnerability' WHEN 9 THEN 'DesignManagement::Design'
         ELSE CASE WHEN g % 24 = 10 THEN 'Commit' ELSE 'Snippet' END END,
       CASE WHEN g % 12 IN (0, 2) OR g % 24 = 22 OR g % 36 = 32 THEN 1000000 + g ELSE g END,
       1 + g % 30,
       CASE WHEN g % 12 = 0 THEN 5000 END,
       CASE WHEN g % 24 = 13 THEN 7 WHEN g % 24 = 14 THEN 9 WHEN g % 48 = 4 THEN 11 WHEN g % 24 = 7 THEN 5
            WHEN g % 24 = 10 THEN 3 WHEN g % 72 = 20 THEN 13 END,
       CASE WHEN g % 24 = 22 THEN 2 END,
       '2024-01-01'::timestamp + g * interval '1 minute', '2024-02-01', md5(g::text)
FROM generate_series(1, 1200) g WHERE g % 12 <> 11;

CREATE TABLE original_notes AS SELECT * FROM notes;

-- what each note must be afterwards, from the list above (archived: moved to notes_archived)
CREATE TABLE expected_notes AS
SELECT id,
       CASE WHEN id % 12 = 1 THEN 100000 + id WHEN id % 24 = 14 THEN 9 WHEN id % 12 = 3 THEN 200000 + id
            WHEN id % 12 IN (4, 5) OR id % 48 = 6 OR id % 36 = 8 THEN 300000 + id
            WHEN id % 48 IN (18, 30) THEN 400000 + id WHEN id % 24 = 10 THEN 3 WHEN id % 72 = 20 THEN 13 END AS namespace_id,
       CASE WHEN id % 24 = 7 THEN 1 WHEN id % 24 = 22 THEN 2 END AS organization_id,
       (id % 12 <> 0 AND (id % 24 = 2 OR id % 48 IN (4, 42) OR id % 24 = 19 OR (id % 36 IN (20, 32) AND id % 72 <> 20)
                          OR id % 12 = 9)) AS archived
FROM notes;
