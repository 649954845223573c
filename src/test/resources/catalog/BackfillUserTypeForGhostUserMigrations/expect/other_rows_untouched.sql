-- rows that had a user_type keep it, rows whose user is gone stay NULL, no other column (updated_at
-- included) changes, and no row is lost
SELECT o.id FROM original_migrations o LEFT JOIN ghost_user_migrations g USING (id)
WHERE g.id IS NULL
   OR (g.user_id, g.initiator_user_id, g.created_at, g.updated_at, g.hard_delete, g.consume_after)
      IS DISTINCT FROM (o.user_id, o.initiator_user_id, o.created_at, o.updated_at, o.hard_delete, o.consume_after)
   OR ((o.user_type IS NOT NULL OR NOT EXISTS (SELECT 1 FROM users u WHERE u.id = o.user_id))
       AND g.user_type IS DISTINCT FROM o.user_type)
