-- epics 1..400 (every 10th missing), each with its work item issue 10000 + id; 2500 related_epic_links
-- (every 11th id missing) with unique (source_id, target_id), some to a missing epic (skipped), link_type
-- 0 or 1, timestamptz values; every 10th link (ids ending in 3) already has an issue link with another
-- link_type and old timestamps (updated on conflict); unrelated issue links 90001..90050 stay.
INSERT INTO epics (id, group_id, author_id, iid, created_at, updated_at, title, title_html, issue_id)
SELECT e, 1, 1, e, '2023-01-01', '2023-01-01', 'e' || e, 'e' || e, 10000 + e FROM generate_series(1, 400) e WHERE e % 10 <> 0;
INSERT INTO related_epic_links (id, source_id, target_id, created_at, updated_at, link_type, group_id)
SELECT g, g % 400 + 1, ((g / 400) * 53 + 7) % 400 + 1,
       timestamptz '2023-05-01 10:00:00+02' + g * interval '1 minute',
       timestamptz '2023-06-01 10:00:00+02' + g * interval '1 minute', g % 2, 1
FROM generate_series(1, 2500) g WHERE g % 11 <> 0;
INSERT INTO issue_links (id, source_id, target_id, created_at, updated_at, link_type)
SELECT 100000 + l.id, 10000 + l.source_id, 10000 + l.target_id, '2020-01-01', '2020-01-01', 2
FROM related_epic_links l WHERE l.id % 10 = 3 AND l.source_id % 10 <> 0 AND l.target_id % 10 <> 0;
INSERT INTO issue_links (id, source_id, target_id, created_at, updated_at, link_type)
SELECT i, i, i + 1, '2020-01-01', '2020-01-01', 1 FROM generate_series(90001, 90050) i;
