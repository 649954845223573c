-- work item types: the global Issue (1), Task (5), Epic (8), and a namespace's own type also named 'Issue' (99)
INSERT INTO work_item_types (id, base_type, name, namespace_id, created_at, updated_at) VALUES
  (1, 0, 'Issue', NULL, now(), now()), (5, 4, 'Task', NULL, now(), now()),
  (8, 7, 'Epic', NULL, now(), now()), (99, 0, 'Issue', 7, now(), now());
-- epics 1..1200, every 10th missing; epic e's work item is issue 100000 + e
INSERT INTO epics (id, group_id, author_id, iid, created_at, updated_at, title, title_html, issue_id)
SELECT e, 7, 1, e, now(), now(), 'epic', 'epic', 100000 + e FROM generate_series(1, 1200) e WHERE e % 10 <> 0;
INSERT INTO issues (id, project_id, namespace_id, work_item_type_id, correct_work_item_type_id, iid)
SELECT 100000 + e, NULL, 7, 8, 8, e FROM generate_series(1, 1200) e WHERE e % 10 <> 0;
-- child issues c in 1..3000, whose epic is e = 1 + c % 1200 (missing when e % 10 = 0); category c % 6:
--   0: epic_issues row and its link (stays)          1: epic_issues row, no link (link created)
--   2: as 1 with relative_position NULL               3: no epic_issues row, a link under the epic's work item
--      (deleted when the epic exists and the child is of the global Issue type; every 5th is of type 99: stays)
--   4: as 3 but the child is a Task (stays)           5: no epic_issues row, a link under a plain issue (stays)
-- every 9th child of category 1 has no issues row (nothing to link)
INSERT INTO issues (id, project_id, namespace_id, work_item_type_id, correct_work_item_type_id, iid)
SELECT c, 3, 7, t, t, c FROM (
  SELECT c, CASE WHEN c % 6 = 4 THEN 5 WHEN c % 6 = 3 AND c % 5 = 0 THEN 99 ELSE 1 END AS t
  FROM generate_series(1, 3000) c) x
WHERE NOT (c % 6 = 1 AND c % 9 = 0);
INSERT INTO issues (id, project_id, namespace_id, work_item_type_id, correct_work_item_type_id, iid)
SELECT 200000 + c, 3, 7, 1, 1, 200000 + c FROM generate_series(1, 3000) c WHERE c % 6 = 5;
INSERT INTO epic_issues (id, epic_id, issue_id, relative_position, namespace_id)
SELECT c, 1 + c % 1200, c, CASE WHEN c % 6 = 2 THEN NULL ELSE c * 10 END, 7
FROM generate_series(1, 3000) c WHERE c % 6 IN (0, 1, 2);
INSERT INTO work_item_parent_links (work_item_id, work_item_parent_id, relative_position, created_at, updated_at)
SELECT c, CASE WHEN c % 6 = 5 THEN 200000 + c ELSE 100000 + 1 + c % 1200 END, c, '2024-01-01', '2024-01-01'
FROM generate_series(1, 3000) c WHERE c % 6 IN (0, 3, 4, 5);
-- the links GitLab's Ruby leaves, worked out from the categories above
CREATE TABLE expected_links AS
SELECT c AS work_item_id, CASE WHEN c % 6 = 5 THEN 200000 + c ELSE 100000 + 1 + c % 1200 END AS work_item_parent_id,
       CASE WHEN c % 6 = 1 THEN c * 10 WHEN c % 6 = 2 THEN NULL ELSE c END AS relative_position
FROM generate_series(1, 3000) c
WHERE c % 6 IN (0, 4, 5)
   OR (c % 6 IN (1, 2) AND (1 + c % 1200) % 10 <> 0 AND NOT (c % 6 = 1 AND c % 9 = 0))
   OR (c % 6 = 3 AND ((1 + c % 1200) % 10 = 0 OR c % 5 = 0));
