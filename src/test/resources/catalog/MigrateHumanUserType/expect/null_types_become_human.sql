-- no user is left without a type, and every user who had none is now human (0)
SELECT u.id FROM users u JOIN original_users o USING (id)
WHERE u.user_type IS NULL OR (o.user_type IS NULL AND u.user_type <> 0)
