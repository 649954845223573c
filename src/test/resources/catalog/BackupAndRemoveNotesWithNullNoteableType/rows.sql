-- notes 1..12000 except every 7th id; noteable_type NULL on every fifth (orphans of old bugs), Issue or
-- MergeRequest on the others
INSERT INTO notes (id, note, noteable_type, noteable_id, author_id, project_id, created_at, updated_at, system, discussion_id)
SELECT g, 'note ' || g, CASE g % 5 WHEN 0 THEN NULL WHEN 1 THEN 'MergeRequest' ELSE 'Issue' END,
       1 + g % 400, 1 + g % 30, 1 + g % 20, '2024-01-01'::timestamp + g * interval '1 minute', '2024-02-01',
       g % 6 = 0, md5(g::text)
FROM generate_series(1, 12000) g WHERE g % 7 <> 0;

ALTER TABLE notes ADD CONSTRAINT check_1244cbd7d0 CHECK ((noteable_type IS NOT NULL)) NOT VALID;

CREATE TABLE original_notes AS SELECT * FROM notes;
