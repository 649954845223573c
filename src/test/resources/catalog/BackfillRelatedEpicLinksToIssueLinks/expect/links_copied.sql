-- every related epic link between existing epics has an issue link between their issues, with its
-- link_type and its timestamps in UTC
SELECT l.id FROM related_epic_links l
JOIN epics s ON s.id = l.source_id JOIN epics t ON t.id = l.target_id
LEFT JOIN issue_links i ON i.source_id = s.issue_id AND i.target_id = t.issue_id
WHERE i.id IS NULL OR i.link_type <> l.link_type
   OR i.created_at IS DISTINCT FROM (l.created_at AT TIME ZONE 'UTC')
   OR i.updated_at IS DISTINCT FROM (l.updated_at AT TIME ZONE 'UTC')
