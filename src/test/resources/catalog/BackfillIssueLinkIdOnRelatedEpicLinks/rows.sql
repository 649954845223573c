-- epics 1..5600 (epic e's work item is issue 100000 + e); epics whose id is a multiple of 17 are gone.
INSERT INTO epics (id, group_id, author_id, iid, created_at, updated_at, title, title_html, issue_id)
SELECT e, 1, 1, e, now(), now(), 'epic ' || e, 'epic ' || e, 100000 + e
FROM generate_series(1, 5600) e WHERE e % 17 <> 0;

-- related epic links 1..2600 with every 11th missing: epic n relates to epic 3000 + n. Every 9th
-- has an issue_link_id already (999999, or the right one for every 18th).
INSERT INTO related_epic_links (id, source_id, target_id, created_at, updated_at, link_type, group_id, issue_link_id)
SELECT n, n, 3000 + n, timestamptz '2024-01-01 00:00+00', timestamptz '2024-02-01 00:00+00' + n * interval '1 minute',
       n % 2, 1, CASE WHEN n % 9 = 0 THEN 999999 END
FROM generate_series(1, 2600) n WHERE n % 11 <> 0;

-- the issue links between the epics' work items: in the same direction for most, in the other
-- direction for every 5th (no match: GitLab's SQL joins source to source), none for every 7th.
INSERT INTO issue_links (id, source_id, target_id, link_type, namespace_id)
SELECT 50000 + n,
       CASE WHEN n % 5 = 0 THEN 103000 + n ELSE 100000 + n END,
       CASE WHEN n % 5 = 0 THEN 100000 + n ELSE 103000 + n END, 0, 1
FROM generate_series(1, 2600) n WHERE n % 7 <> 0;
UPDATE related_epic_links SET issue_link_id = 50000 + id WHERE id % 18 = 0;
-- issue links of other issues
INSERT INTO issue_links (id, source_id, target_id, link_type, namespace_id)
SELECT 90000 + g, 200000 + g, 200001 + g, 0, 1 FROM generate_series(1, 50) g;

CREATE TABLE bbm_case_before AS SELECT * FROM related_epic_links;
