-- every epic whose parent epic exists and has its work item is linked to the parent's work item, with the
-- epic's relative position, the parent work item's namespace and fresh timestamps
SELECT e.id, l.work_item_parent_id, l.relative_position, l.namespace_id FROM epics e
JOIN epics p ON p.id = e.parent_id
JOIN issues i ON i.id = p.issue_id
LEFT JOIN work_item_parent_links l ON l.work_item_id = e.issue_id, started
WHERE l.id IS NULL
   OR (l.work_item_parent_id, l.relative_position, l.namespace_id) IS DISTINCT FROM (p.issue_id, e.relative_position, i.namespace_id)
   OR l.created_at < started.at OR l.updated_at < started.at
