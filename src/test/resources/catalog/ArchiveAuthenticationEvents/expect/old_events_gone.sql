-- no event created at or before the cutoff is left in authentication_events
SELECT e.id, e.created_at FROM authentication_events e, cutoff c WHERE e.created_at <= c.at
