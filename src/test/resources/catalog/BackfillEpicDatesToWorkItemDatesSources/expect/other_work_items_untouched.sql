-- dates sources of work items that are no epic keep every value, and none is lost
SELECT 'changed' AS what, o.issue_id FROM original_sources o
LEFT JOIN work_item_dates_sources w USING (issue_id)
WHERE o.issue_id >= 500000 AND (w.issue_id IS NULL OR (w.*)::text IS DISTINCT FROM (o.*)::text)
UNION ALL
SELECT 'extra', w.issue_id FROM work_item_dates_sources w
WHERE NOT EXISTS (SELECT 1 FROM epics e WHERE e.issue_id = w.issue_id)
  AND NOT EXISTS (SELECT 1 FROM original_sources o WHERE o.issue_id = w.issue_id)
