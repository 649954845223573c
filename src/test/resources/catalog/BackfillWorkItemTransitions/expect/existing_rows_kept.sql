-- rows there before are left as they were; no row for an issue that does not exist
SELECT t.work_item_id FROM work_item_transitions t
WHERE (t.work_item_id % 13 = 0 AND (t.namespace_id, t.moved_to_id, t.duplicated_to_id, t.promoted_to_epic_id) <> (1, 2, 3, 4))
   OR NOT EXISTS (SELECT 1 FROM issues i WHERE i.id = t.work_item_id)
