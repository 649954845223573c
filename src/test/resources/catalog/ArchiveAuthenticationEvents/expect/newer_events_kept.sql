-- every event created after the cutoff is still in authentication_events, unchanged, and not archived
SELECT o.id FROM original_authentication_events o, cutoff c
WHERE o.created_at > c.at
  AND (NOT EXISTS (SELECT 1 FROM authentication_events e
                   WHERE e.id = o.id
                     AND (e.created_at, e.user_id, e.result, e.ip_address, e.provider, e.user_name)
                         IS NOT DISTINCT FROM (o.created_at, o.user_id, o.result, o.ip_address, o.provider, o.user_name))
       OR EXISTS (SELECT 1 FROM authentication_event_archived_records a WHERE a.id = o.id))
