-- issues whose dates source differs in both dates now carry the source's start_date and due_date
SELECT i.id, i.start_date, i.due_date, s.start_date AS src_start, s.due_date AS src_due
FROM issues i JOIN issues_before b ON b.id = i.id JOIN work_item_dates_sources s ON s.issue_id = i.id
WHERE s.start_date IS DISTINCT FROM b.start_date AND s.due_date IS DISTINCT FROM b.due_date
  AND (i.start_date IS DISTINCT FROM s.start_date OR i.due_date IS DISTINCT FROM s.due_date)
