-- issues 1..3500 with every 7th id missing (one job of GitLab's 10,000, 30 sub-batches of 100), in namespace 100 + id % 50; moved_to_id on
-- every 5th, duplicated_to_id on every 6th, promoted_to_epic_id on every 11th, NULL elsewhere
INSERT INTO issues (id, title, namespace_id, work_item_type_id, correct_work_item_type_id, moved_to_id, duplicated_to_id,
                    promoted_to_epic_id)
SELECT i, 'issue ' || i, 100 + i % 50, 1, 1, CASE WHEN i % 5 = 0 THEN i + 1 END, CASE WHEN i % 6 = 0 THEN i + 2 END,
       CASE WHEN i % 11 = 0 THEN 5000 + i END
FROM generate_series(1, 3500) i WHERE i % 7 <> 0;

-- transitions already recorded for every 13th issue, with other values: kept as they are (on_duplicate: :skip)
INSERT INTO work_item_transitions (work_item_id, namespace_id, moved_to_id, duplicated_to_id, promoted_to_epic_id)
SELECT id, 1, 2, 3, 4 FROM issues WHERE id % 13 = 0;
