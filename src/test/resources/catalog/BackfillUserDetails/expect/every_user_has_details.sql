-- every user has a user_details row
SELECT u.id FROM users u WHERE NOT EXISTS (SELECT 1 FROM user_details d WHERE d.user_id = u.id)
