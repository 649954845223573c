-- issues of projects 1..5 with iids 1..500: id = project * 10000 + iid
INSERT INTO issues (id, project_id, namespace_id, iid, work_item_type_id, correct_work_item_type_id)
SELECT p * 10000 + i, p, p, i, 1, 1 FROM generate_series(1, 5) p, generate_series(1, 500) i;
-- metadata s in 1..2400 (every 9th id missing) on note s (every 31st note missing). The note is on child work
-- item (1 + s % 5) * 10000 + (1 + s % 500), by author 70 + s % 4, and names parent iid 1 + (s * 7) % 600 (above
-- 500: no such issue). Action by s % 4: 0 relate_to_parent, 1 unrelate_from_parent, 2 'relate' and 3 'title'
-- (out of scope, though their notes read like parent notes). Every 23rd note says something else.
INSERT INTO system_note_metadata (id, action, created_at, updated_at, note_id)
SELECT s, CASE s % 4 WHEN 0 THEN 'relate_to_parent' WHEN 1 THEN 'unrelate_from_parent' WHEN 2 THEN 'relate' ELSE 'title' END,
       timestamp '2024-03-01 00:00' + s * interval '1 minute', now(), s
FROM generate_series(1, 2400) s WHERE s % 9 <> 0;
INSERT INTO notes (id, note, noteable_type, noteable_id, author_id, project_id, system)
SELECT s, CASE WHEN s % 23 = 0 THEN 'changed the description'
               WHEN s % 4 IN (0, 2) THEN 'added #' || (1 + (s * 7) % 600) || ' as parent'
               ELSE 'removed parent issue #' || (1 + (s * 7) % 600) END,
       'Issue', (1 + s % 5) * 10000 + (1 + s % 500), 70 + s % 4, 1 + s % 5, true
FROM generate_series(1, 2400) s WHERE s % 31 <> 0;
-- events that exist already for every 17th metadata row (ON CONFLICT must keep them as they are)
INSERT INTO resource_link_events (action, user_id, issue_id, child_work_item_id, created_at, system_note_metadata_id)
SELECT 1, 1, 424242, 424242, '2020-01-01', s FROM generate_series(17, 2400, 17) s WHERE s % 9 <> 0;
-- the events GitLab's Ruby leaves, worked out from the construction above
CREATE TABLE expected_events AS
SELECT CASE WHEN s % 4 = 0 THEN 1 ELSE 2 END AS action, (1 + s % 5) * 10000 + 1 + (s * 7) % 600 AS issue_id,
       (1 + s % 5) * 10000 + (1 + s % 500) AS child_work_item_id, 70 + s % 4 AS user_id,
       (timestamp '2024-03-01 00:00' + s * interval '1 minute')::timestamptz AS created_at, s AS system_note_metadata_id
FROM generate_series(1, 2400) s
WHERE s % 9 <> 0 AND s % 17 <> 0 AND s % 4 IN (0, 1) AND s % 31 <> 0 AND s % 23 <> 0 AND 1 + (s * 7) % 600 <= 500
UNION ALL
SELECT 1, 424242, 424242, 1, '2020-01-01', s FROM generate_series(17, 2400, 17) s WHERE s % 9 <> 0;
