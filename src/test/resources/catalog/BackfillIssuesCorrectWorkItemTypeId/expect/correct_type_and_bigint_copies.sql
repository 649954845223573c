-- issues whose work item type exists have that type's correct_id and each *_convert_to_bigint column
-- equal to its source column
SELECT i.id FROM issues i JOIN work_item_types t ON t.id = i.work_item_type_id
WHERE i.correct_work_item_type_id IS DISTINCT FROM t.correct_id
   OR i.author_id_convert_to_bigint IS DISTINCT FROM i.author_id
   OR i.closed_by_id_convert_to_bigint IS DISTINCT FROM i.closed_by_id
   OR i.duplicated_to_id_convert_to_bigint IS DISTINCT FROM i.duplicated_to_id
   OR i.id_convert_to_bigint IS DISTINCT FROM i.id
   OR i.last_edited_by_id_convert_to_bigint IS DISTINCT FROM i.last_edited_by_id
   OR i.milestone_id_convert_to_bigint IS DISTINCT FROM i.milestone_id
   OR i.moved_to_id_convert_to_bigint IS DISTINCT FROM i.moved_to_id
   OR i.project_id_convert_to_bigint IS DISTINCT FROM i.project_id
   OR i.promoted_to_epic_id_convert_to_bigint IS DISTINCT FROM i.promoted_to_epic_id
   OR i.updated_by_id_convert_to_bigint IS DISTINCT FROM i.updated_by_id
