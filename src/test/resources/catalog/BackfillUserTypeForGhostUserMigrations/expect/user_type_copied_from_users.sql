-- rows that had no user_type and whose user exists get the user's user_type
SELECT g.id, g.user_type, u.user_type AS expected FROM ghost_user_migrations g
JOIN original_migrations o USING (id) JOIN users u ON u.id = g.user_id
WHERE o.user_type IS NULL AND g.user_type IS DISTINCT FROM u.user_type
