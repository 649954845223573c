-- every related epic link whose two epics exist and whose work items have an issue link in the same
-- direction points at that issue link (rows already set are set again)
SELECT r.id, r.issue_link_id, il.id AS expected FROM related_epic_links r
JOIN epics s ON s.id = r.source_id JOIN epics t ON t.id = r.target_id
JOIN issue_links il ON il.source_id = s.issue_id AND il.target_id = t.issue_id
WHERE r.issue_link_id IS DISTINCT FROM il.id
