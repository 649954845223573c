-- 300 epics, epic e's work item is issue 100000 + e; epics whose id is a multiple of 23 are gone.
INSERT INTO epics (id, group_id, author_id, iid, created_at, updated_at, title, title_html, issue_id)
SELECT e, 1, 1, e, now(), now(), 'epic ' || e, 'epic ' || e, 100000 + e
FROM generate_series(1, 300) e WHERE e % 23 <> 0;

-- epic_issues 1..2600 with every 11th missing: issue 1000 + n in epic 1 + n % 300; every 5th has no
-- relative_position. Every 8th is linked already (its link exists and stays); for every 6th that is
-- not, the link exists but epic_issues does not point at it yet (it must be reused, not duplicated).
INSERT INTO epic_issues (id, epic_id, issue_id, relative_position, namespace_id)
SELECT n, 1 + n % 300, 1000 + n, CASE WHEN n % 5 <> 0 THEN n * 10 END, 50 + n % 7
FROM generate_series(1, 2600) n WHERE n % 11 <> 0;

INSERT INTO work_item_parent_links (work_item_id, work_item_parent_id, relative_position, created_at, updated_at, namespace_id)
SELECT ei.issue_id, e.issue_id, 7, timestamptz '2024-01-01 00:00+00', timestamptz '2024-01-01 00:00+00', ei.namespace_id
FROM epic_issues ei JOIN epics e ON e.id = ei.epic_id
WHERE ei.id % 8 = 0 OR ei.id % 6 = 0 ORDER BY ei.id;
UPDATE epic_issues ei SET work_item_parent_link_id = l.id
FROM work_item_parent_links l WHERE l.work_item_id = ei.issue_id AND ei.id % 8 = 0;
-- links of other work items, with no epic_issues row
INSERT INTO work_item_parent_links (work_item_id, work_item_parent_id, created_at, updated_at, namespace_id)
SELECT 900000 + g, 100001, now(), now(), 1 FROM generate_series(1, 30) g;

CREATE TABLE bbm_case_epic_issues_before AS SELECT * FROM epic_issues;
CREATE TABLE bbm_case_links_before AS SELECT * FROM work_item_parent_links;
