-- tokens not delivered, without expires_at, or already notified keep their seven_days_notification_sent_at
SELECT p.id, p.seven_days_notification_sent_at, b.seven_days_notification_sent_at AS was FROM personal_access_tokens p JOIN pat_before b ON b.id = p.id
WHERE NOT (b.expire_notification_delivered IS TRUE AND b.seven_days_notification_sent_at IS NULL AND b.expires_at IS NOT NULL)
  AND p.seven_days_notification_sent_at IS DISTINCT FROM b.seven_days_notification_sent_at
