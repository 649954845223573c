-- existing links are unchanged; a new link is created only where none existed, with the epic_issues
-- row's namespace_id and relative_position and timestamps set
SELECT b.id, 'changed' FROM bbm_case_links_before b LEFT JOIN work_item_parent_links l ON l.id = b.id
WHERE l.id IS NULL OR (l.*)::text <> (b.*)::text
UNION ALL
SELECT l.id, 'wrong values' FROM work_item_parent_links l
JOIN epic_issues ei ON ei.issue_id = l.work_item_id
WHERE l.id NOT IN (SELECT id FROM bbm_case_links_before)
  AND (l.namespace_id <> ei.namespace_id OR l.relative_position IS DISTINCT FROM ei.relative_position
       OR l.created_at IS NULL OR l.updated_at IS NULL)
UNION ALL
SELECT -1, 'count' FROM work_item_parent_links
HAVING count(*) <> (SELECT count(*) FROM bbm_case_links_before)
  + (SELECT count(*) FROM bbm_case_epic_issues_before b JOIN epics e ON e.id = b.epic_id
     WHERE b.work_item_parent_link_id IS NULL
       AND NOT EXISTS (SELECT 1 FROM bbm_case_links_before l WHERE l.work_item_id = b.issue_id))
