-- the archive holds the old events and the record archived before, nothing else
SELECT a.id FROM authentication_event_archived_records a
WHERE a.id <> 900000
  AND NOT EXISTS (SELECT 1 FROM original_authentication_events o, cutoff c WHERE o.id = a.id AND o.created_at <= c.at)
UNION ALL
SELECT 900000 WHERE NOT EXISTS (SELECT 1 FROM authentication_event_archived_records WHERE id = 900000 AND user_name = 'old')
