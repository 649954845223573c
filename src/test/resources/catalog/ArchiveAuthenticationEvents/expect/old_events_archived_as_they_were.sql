-- every event created at or before the cutoff is in the archive with its columns and an archived_at
SELECT o.id FROM original_authentication_events o, cutoff c
WHERE o.created_at <= c.at
  AND NOT EXISTS (SELECT 1 FROM authentication_event_archived_records a
                  WHERE a.id = o.id AND a.archived_at IS NOT NULL
                    AND (a.created_at, a.user_id, a.result, a.ip_address, a.provider, a.user_name)
                        IS NOT DISTINCT FROM (o.created_at, o.user_id, o.result, o.ip_address, o.provider, o.user_name))
