-- no issue link for links to a missing epic; the unrelated issue links stay as they were
SELECT i.id FROM issue_links i
WHERE (i.source_id BETWEEN 90001 AND 90050
       AND (i.target_id <> i.source_id + 1 OR i.link_type <> 1 OR i.created_at <> '2020-01-01' OR i.updated_at <> '2020-01-01'))
   OR (i.source_id < 90000 AND NOT EXISTS (
         SELECT 1 FROM related_epic_links l JOIN epics s ON s.id = l.source_id JOIN epics t ON t.id = l.target_id
         WHERE s.issue_id = i.source_id AND t.issue_id = i.target_id))
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM issue_links WHERE source_id BETWEEN 90001 AND 90050) <> 50
