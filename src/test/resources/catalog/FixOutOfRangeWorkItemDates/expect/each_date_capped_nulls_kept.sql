-- rows that had a date after 9999-12-31: each of the four is LEAST(original, 9999-12-31), so a NULL one
-- becomes 9999-12-31 as GitLab's update_all makes it; other rows are as they were; updated_at is
-- untouched; no row is lost
SELECT d.issue_id FROM original_dates o JOIN work_item_dates_sources d ON d.issue_id = o.issue_id
WHERE (o.start_date > date '9999-12-31' OR o.start_date_fixed > date '9999-12-31'
       OR o.due_date > date '9999-12-31' OR o.due_date_fixed > date '9999-12-31')
  AND (d.start_date IS DISTINCT FROM LEAST(o.start_date, date '9999-12-31')
       OR d.start_date_fixed IS DISTINCT FROM LEAST(o.start_date_fixed, date '9999-12-31')
       OR d.due_date IS DISTINCT FROM LEAST(o.due_date, date '9999-12-31')
       OR d.due_date_fixed IS DISTINCT FROM LEAST(o.due_date_fixed, date '9999-12-31'))
UNION ALL
SELECT d.issue_id FROM original_dates o JOIN work_item_dates_sources d ON d.issue_id = o.issue_id
WHERE NOT COALESCE(o.start_date > date '9999-12-31' OR o.start_date_fixed > date '9999-12-31'
           OR o.due_date > date '9999-12-31' OR o.due_date_fixed > date '9999-12-31', false)
  AND (d.start_date, d.start_date_fixed, d.due_date, d.due_date_fixed)
      IS DISTINCT FROM (o.start_date, o.start_date_fixed, o.due_date, o.due_date_fixed)
UNION ALL
SELECT d.issue_id FROM original_dates o JOIN work_item_dates_sources d ON d.issue_id = o.issue_id
WHERE d.updated_at IS DISTINCT FROM o.updated_at
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM work_item_dates_sources) <> (SELECT count(*) FROM original_dates)
