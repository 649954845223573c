-- every issue without a row before has one with its namespace_id, moved_to_id, duplicated_to_id, promoted_to_epic_id
SELECT i.id FROM issues i
WHERE i.id % 13 <> 0
  AND NOT EXISTS (SELECT 1 FROM work_item_transitions t WHERE t.work_item_id = i.id
                    AND (t.namespace_id, t.moved_to_id, t.duplicated_to_id, t.promoted_to_epic_id)
                        IS NOT DISTINCT FROM (i.namespace_id, i.moved_to_id, i.duplicated_to_id, i.promoted_to_epic_id))
