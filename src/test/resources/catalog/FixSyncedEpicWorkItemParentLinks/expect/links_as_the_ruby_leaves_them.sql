-- the parent links are exactly the expected ones: missing links created under the epic's work item with the
-- epic_issues row's relative_position, links of global-Issue children without an epic_issues row deleted
SELECT 'missing' AS problem, e.work_item_id, e.work_item_parent_id FROM expected_links e
WHERE NOT EXISTS (SELECT 1 FROM work_item_parent_links l WHERE l.work_item_id = e.work_item_id
                    AND l.work_item_parent_id = e.work_item_parent_id
                    AND l.relative_position IS NOT DISTINCT FROM e.relative_position)
UNION ALL
SELECT 'unexpected', l.work_item_id, l.work_item_parent_id FROM work_item_parent_links l
WHERE NOT EXISTS (SELECT 1 FROM expected_links e WHERE e.work_item_id = l.work_item_id)
