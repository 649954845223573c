-- no token appears or disappears, and no other column changes (update_all leaves updated_at alone)
SELECT b.id FROM pat_before b FULL JOIN personal_access_tokens p ON p.id = b.id
WHERE p.id IS NULL OR b.id IS NULL OR p.updated_at IS DISTINCT FROM b.updated_at OR p.expires_at IS DISTINCT FROM b.expires_at
   OR p.expire_notification_delivered IS DISTINCT FROM b.expire_notification_delivered
