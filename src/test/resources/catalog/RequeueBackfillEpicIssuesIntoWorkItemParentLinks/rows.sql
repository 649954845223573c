-- epics 1..300 except every 10th (epic_issues of those point at a missing epic: the Ruby's INNER JOIN skips them)
INSERT INTO epics (id, group_id, author_id, iid, created_at, updated_at, title, title_html, issue_id)
SELECT g, 700 + g % 5, 1, g, now(), now(), 'epic ' || g, 'epic ' || g, 100000 + g
FROM generate_series(1, 300) g WHERE g % 10 <> 0;

-- epic_issues 1..3000 except every 6th id; issue ids 1..; relative positions, some NULL
INSERT INTO epic_issues (id, epic_id, issue_id, relative_position, namespace_id)
SELECT g, 1 + g % 300, g, CASE WHEN g % 4 <> 0 THEN g * 10 - 15000 END, 1
FROM generate_series(1, 3000) g WHERE g % 6 <> 0;

-- parent links that exist already: stale ones (another parent or position: updated), the epic issues
-- 1..60 exactly as the Ruby would write them (updated_at kept), and links of issues that are in no epic
INSERT INTO work_item_parent_links (work_item_id, work_item_parent_id, relative_position, created_at, updated_at)
SELECT g, 999999, 7, timestamptz '2024-02-01 00:00:00+00', timestamptz '2024-02-02 00:00:00+00'
FROM generate_series(61, 3000, 11) g WHERE g % 6 <> 0;
INSERT INTO work_item_parent_links (work_item_id, work_item_parent_id, relative_position, created_at, updated_at)
SELECT ei.issue_id, e.issue_id, ei.relative_position, timestamptz '2024-02-01 00:00:00+00', timestamptz '2024-02-02 00:00:00+00'
FROM epic_issues ei JOIN epics e ON e.id = ei.epic_id WHERE ei.id <= 60;
INSERT INTO work_item_parent_links (work_item_id, work_item_parent_id, relative_position, created_at, updated_at)
SELECT 800000 + g, 100001, g, timestamptz '2024-02-01 00:00:00+00', timestamptz '2024-02-02 00:00:00+00'
FROM generate_series(1, 40) g;

CREATE TABLE original_links AS SELECT * FROM work_item_parent_links;
CREATE TABLE started AS SELECT now() AS at;
