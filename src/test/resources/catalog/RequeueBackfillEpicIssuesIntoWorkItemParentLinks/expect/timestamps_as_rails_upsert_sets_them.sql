-- upsert_all's timestamps: new links get created_at = updated_at = now; existing ones keep created_at, and
-- keep updated_at when nothing changed (epic issues 1..60), else get a new one (links the job does not
-- reach, of issues in no epic or in a missing epic, are checked by nothing_else_linked)
SELECT l.work_item_id, l.created_at, l.updated_at, o.updated_at AS original_updated_at
FROM work_item_parent_links l
JOIN epic_issues ei ON ei.issue_id = l.work_item_id
JOIN epics e ON e.id = ei.epic_id
LEFT JOIN original_links o ON o.id = l.id, started
WHERE CASE
  WHEN o.id IS NULL THEN l.created_at < started.at OR l.updated_at <> l.created_at
  WHEN l.work_item_id <= 60 THEN l.created_at <> o.created_at OR l.updated_at <> o.updated_at
  ELSE l.created_at <> o.created_at OR l.updated_at < started.at END
