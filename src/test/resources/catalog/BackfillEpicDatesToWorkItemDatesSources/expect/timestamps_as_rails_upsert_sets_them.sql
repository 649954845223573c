-- upsert_all's timestamps: new rows get created_at = updated_at = now; existing rows keep created_at,
-- and keep updated_at when no value changed (epics 1..40), else get a new one
SELECT w.issue_id, w.created_at, w.updated_at, o.updated_at AS original_updated_at
FROM work_item_dates_sources w LEFT JOIN original_sources o USING (issue_id), started
WHERE CASE
  WHEN o.issue_id IS NULL THEN w.created_at < started.at OR w.updated_at <> w.created_at
  WHEN w.issue_id <= 100040 OR w.issue_id >= 500000 THEN w.created_at <> o.created_at OR w.updated_at <> o.updated_at
  ELSE w.created_at <> o.created_at OR w.updated_at < started.at END
