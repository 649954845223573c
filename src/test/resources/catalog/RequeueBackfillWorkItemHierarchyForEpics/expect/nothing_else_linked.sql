-- epics without a parent, with a missing parent, or whose parent has no work item get no link (one they
-- had stays as it was); links of work items that are no epic keep their values; no link is lost
SELECT 'not linkable, link added or changed' AS what, e.id FROM epics e
JOIN work_item_parent_links l ON l.work_item_id = e.issue_id
LEFT JOIN original_links o ON o.id = l.id
WHERE NOT EXISTS (SELECT 1 FROM epics p JOIN issues i ON i.id = p.issue_id WHERE p.id = e.parent_id)
  AND (o.id IS NULL OR (l.*)::text IS DISTINCT FROM (o.*)::text)
UNION ALL
SELECT 'changed', o.work_item_id FROM original_links o LEFT JOIN work_item_parent_links l USING (id)
WHERE o.work_item_id > 800000 AND (l.id IS NULL OR (l.*)::text IS DISTINCT FROM (o.*)::text)
UNION ALL
SELECT 'lost', o.work_item_id FROM original_links o
WHERE NOT EXISTS (SELECT 1 FROM work_item_parent_links l WHERE l.work_item_id = o.work_item_id)
