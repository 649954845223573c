-- epic issues of a missing epic get no link (a link they had stays as it was), links of issues in no epic
-- keep their values, and no link is lost
SELECT 'epic missing, link added or changed' AS what, ei.issue_id FROM epic_issues ei
JOIN work_item_parent_links l ON l.work_item_id = ei.issue_id
LEFT JOIN original_links o ON o.id = l.id
WHERE NOT EXISTS (SELECT 1 FROM epics e WHERE e.id = ei.epic_id)
  AND (o.id IS NULL OR (l.*)::text IS DISTINCT FROM (o.*)::text)
UNION ALL
SELECT 'changed or lost', o.work_item_id FROM original_links o LEFT JOIN work_item_parent_links l USING (id)
WHERE o.work_item_id > 800000 AND (l.id IS NULL OR (l.*)::text IS DISTINCT FROM (o.*)::text)
UNION ALL
SELECT 'lost', o.work_item_id FROM original_links o
WHERE NOT EXISTS (SELECT 1 FROM work_item_parent_links l WHERE l.work_item_id = o.work_item_id)
