-- users that had a type keep it, none is lost, and nobody's updated_at moved
SELECT o.id FROM original_users o LEFT JOIN users u USING (id)
WHERE u.id IS NULL
   OR (o.user_type IS NOT NULL AND u.user_type IS DISTINCT FROM o.user_type)
   OR u.updated_at IS DISTINCT FROM o.updated_at
   OR u.email <> o.email
