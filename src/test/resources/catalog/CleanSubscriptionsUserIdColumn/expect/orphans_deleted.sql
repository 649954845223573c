-- no subscription is left whose user does not exist (NULL user_id included)
SELECT s.id, s.user_id FROM subscriptions s WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id)
