-- tokens whose notification was delivered, with an expires_at and no seven_days_notification_sent_at, now have expires_at - 7 days
SELECT p.id, p.expires_at, p.seven_days_notification_sent_at FROM personal_access_tokens p JOIN pat_before b ON b.id = p.id
WHERE b.expire_notification_delivered IS TRUE AND b.seven_days_notification_sent_at IS NULL AND b.expires_at IS NOT NULL
  AND p.seven_days_notification_sent_at IS DISTINCT FROM (p.expires_at - interval '7 days')
