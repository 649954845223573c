-- 9 work item types (ids 1..9, correct_id 1001..1009; type 9 has no correct_id: its issues get NULL,
-- which the NOT NULL column refuses, so no issue uses it); 3,000 issues, ids 1..3200 with every 16th
-- missing (gaps), of types 1..8 (type ids 10 + n do not exist for every 29th issue: the UPDATE's join
-- skips them and they keep everything). correct_work_item_type_id starts at 0 and the bigint columns at
-- NULL/0; some source columns are NULL.
INSERT INTO work_item_types (id, base_type, name, created_at, updated_at, correct_id)
SELECT t, t - 1, 'type ' || t, now(), now(), CASE WHEN t < 9 THEN 1000 + t END FROM generate_series(1, 9) t;

INSERT INTO issues (id, title, author_id, project_id, created_at, updated_at, milestone_id, iid, updated_by_id,
                    moved_to_id, last_edited_by_id, closed_by_id, duplicated_to_id, promoted_to_epic_id,
                    work_item_type_id, namespace_id, correct_work_item_type_id)
SELECT g, 'issue ' || g, 100 + g % 50, 500 + g % 40, timestamp '2024-01-01' + g * interval '1 minute',
       timestamp '2024-02-01' + g * interval '1 minute', CASE WHEN g % 3 = 0 THEN 70 + g % 9 END, g,
       CASE WHEN g % 4 = 0 THEN 200 + g % 11 END, CASE WHEN g % 9 = 0 THEN g + 1 END,
       CASE WHEN g % 5 = 0 THEN 300 + g % 13 END, CASE WHEN g % 6 = 0 THEN 400 END,
       CASE WHEN g % 10 = 0 THEN g - 1 END, CASE WHEN g % 12 = 0 THEN 900 + g END,
       CASE WHEN g % 29 = 0 THEN 10 + g % 5 ELSE 1 + g % 8 END, 7000 + g % 40, 0
FROM generate_series(1, 3200) g WHERE g % 16 <> 0;

CREATE TABLE bbm_case_issues_before AS SELECT * FROM issues;
