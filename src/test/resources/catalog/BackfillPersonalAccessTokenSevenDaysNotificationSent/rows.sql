-- ids 1..2600, every 7th missing. expire_notification_delivered true on two ids in three;
-- expires_at NULL on every 5th; seven_days_notification_sent_at already set on every 11th (kept);
-- updated_at fixed, as update_all does not touch it. pat_before keeps the original rows.
INSERT INTO personal_access_tokens (id, user_id, name, expires_at, created_at, updated_at,
    expire_notification_delivered, organization_id, seven_days_notification_sent_at)
SELECT g, 1 + g % 40, 'token-' || g,
       CASE WHEN g % 5 = 0 THEN NULL ELSE date '2024-09-01' + (g % 300) END,
       timestamp '2024-01-01 00:00', timestamp '2024-01-02 00:00',
       g % 3 <> 0, 1,
       CASE WHEN g % 11 = 0 THEN timestamptz '2024-08-01 12:00+00' END
FROM generate_series(1, 2600) g WHERE g % 7 <> 0;
CREATE TABLE pat_before AS SELECT * FROM personal_access_tokens;
