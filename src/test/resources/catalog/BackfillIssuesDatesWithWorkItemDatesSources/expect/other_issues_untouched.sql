-- issues without a dates source, or whose source differs in at most one date, keep their dates
SELECT i.id, i.start_date, i.due_date, b.start_date AS was_start, b.due_date AS was_due
FROM issues i JOIN issues_before b ON b.id = i.id LEFT JOIN work_item_dates_sources s ON s.issue_id = i.id
WHERE NOT (s.issue_id IS NOT NULL AND s.start_date IS DISTINCT FROM b.start_date AND s.due_date IS DISTINCT FROM b.due_date)
  AND (i.start_date IS DISTINCT FROM b.start_date OR i.due_date IS DISTINCT FROM b.due_date)
