-- epics 1..2000 except every 9th; work item issue_id = 100000 + id. Parents: none (NULL) on some, a
-- missing epic on some, an existing epic on most. The work items (issues) of epics whose id is a
-- multiple of 25 are missing: children of those get no link (the Ruby's INNER JOIN issues).
INSERT INTO epics (id, group_id, author_id, iid, created_at, updated_at, title, title_html, issue_id, parent_id, relative_position)
SELECT g, 700 + g % 5, 1, g, now(), now(), 'epic ' || g, 'epic ' || g, 100000 + g,
       CASE WHEN g % 5 = 0 THEN NULL WHEN g % 13 = 0 THEN 99999 ELSE 1 + (g * 7) % 2000 END,
       CASE WHEN g % 4 <> 0 THEN g * 3 - 2000 END
FROM generate_series(1, 2000) g WHERE g % 9 <> 0;

INSERT INTO issues (id, title, project_id, namespace_id, work_item_type_id, correct_work_item_type_id, iid)
SELECT e.issue_id, e.title, NULL, 900 + e.id % 17, 8, 8, e.id FROM epics e WHERE e.id % 25 <> 0;

-- parent links that exist already: stale ones of some child epics (overwritten, created_at included: the
-- Ruby passes both timestamps), and links of work items that are no epic (left alone)
INSERT INTO work_item_parent_links (work_item_id, work_item_parent_id, relative_position, namespace_id, created_at, updated_at)
SELECT 100000 + g, 999999, 7, 1, timestamptz '2024-02-01 00:00:00+00', timestamptz '2024-02-02 00:00:00+00'
FROM generate_series(1, 2000, 7) g WHERE g % 9 <> 0;
INSERT INTO work_item_parent_links (work_item_id, work_item_parent_id, relative_position, namespace_id, created_at, updated_at)
SELECT 800000 + g, 100001, g, 2, timestamptz '2024-02-01 00:00:00+00', timestamptz '2024-02-02 00:00:00+00'
FROM generate_series(1, 40) g;

CREATE TABLE original_links AS SELECT * FROM work_item_parent_links;
CREATE TABLE started AS SELECT now() AS at;
