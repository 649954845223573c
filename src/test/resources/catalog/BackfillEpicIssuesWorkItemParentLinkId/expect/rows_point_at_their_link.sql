-- every epic_issues row whose epic exists points at the parent link between its issue and the
-- epic's work item
SELECT ei.id, ei.work_item_parent_link_id FROM epic_issues ei
JOIN epics e ON e.id = ei.epic_id
LEFT JOIN work_item_parent_links l ON l.id = ei.work_item_parent_link_id
WHERE l.id IS NULL OR l.work_item_id <> ei.issue_id OR l.work_item_parent_id <> e.issue_id
