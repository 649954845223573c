-- every epic has a dates source row with the values the Ruby builds from it
SELECT e.id FROM epics e
LEFT JOIN epics s ON s.id = e.start_date_sourcing_epic_id
LEFT JOIN epics d ON d.id = e.due_date_sourcing_epic_id
LEFT JOIN work_item_dates_sources w ON w.issue_id = e.issue_id
WHERE w.issue_id IS NULL
   OR (w.namespace_id, w.start_date_is_fixed, w.due_date_is_fixed, w.start_date, w.due_date,
       w.start_date_sourcing_work_item_id, w.start_date_sourcing_milestone_id, w.due_date_sourcing_work_item_id,
       w.due_date_sourcing_milestone_id, w.start_date_fixed, w.due_date_fixed)
      IS DISTINCT FROM
      (e.group_id, COALESCE(e.start_date_is_fixed, false), COALESCE(e.due_date_is_fixed, false), e.start_date,
       e.end_date, s.issue_id, e.start_date_sourcing_milestone_id, d.issue_id, e.due_date_sourcing_milestone_id,
       e.start_date_fixed, e.due_date_fixed)
