-- subscriptions on epics that do not exist and other users' Issue subscriptions are kept as they were
SELECT o.id FROM original_subscriptions o LEFT JOIN subscriptions s ON s.id = o.id
WHERE (o.user_id = 99 OR (o.subscribable_type = 'Epic' AND NOT EXISTS (SELECT 1 FROM epics e WHERE e.id = o.subscribable_id)))
  AND (s.id IS NULL OR (s.subscribable_id, s.subscribable_type, s.user_id) IS DISTINCT FROM (o.subscribable_id, o.subscribable_type, o.user_id))
