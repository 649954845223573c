-- every epic issue whose epic exists has a parent link to the epic's work item with its relative position
SELECT ei.id, ei.issue_id FROM epic_issues ei
JOIN epics e ON e.id = ei.epic_id
LEFT JOIN work_item_parent_links l ON l.work_item_id = ei.issue_id
WHERE l.id IS NULL OR (l.work_item_parent_id, l.relative_position) IS DISTINCT FROM (e.issue_id, ei.relative_position)
