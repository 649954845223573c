-- every subscription of an existing user is still there, unchanged
SELECT o.id FROM original_subscriptions o
WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = o.user_id)
  AND NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.id = o.id AND s.user_id = o.user_id
                    AND s.subscribable_id = o.subscribable_id AND s.updated_at = o.updated_at)
