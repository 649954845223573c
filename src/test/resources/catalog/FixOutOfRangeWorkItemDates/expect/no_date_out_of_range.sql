-- no date is later than 9999-12-31
SELECT issue_id FROM work_item_dates_sources
WHERE start_date > date '9999-12-31' OR start_date_fixed > date '9999-12-31'
   OR due_date > date '9999-12-31' OR due_date_fixed > date '9999-12-31'
