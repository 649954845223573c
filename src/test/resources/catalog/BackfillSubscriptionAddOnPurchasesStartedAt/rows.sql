-- ids 1..2500 with every 7th missing; created_at spread over days; every 3rd purchase already has a
-- started_at of its own (different from created_at's date: it must stay), the rest have none.
-- updated_at is a fixed value the job must not touch.
INSERT INTO subscription_add_on_purchases (id, created_at, updated_at, subscription_add_on_id, namespace_id,
    quantity, expires_on, purchase_xid, started_at, organization_id)
SELECT g, timestamptz '2024-01-01 10:00+00' + g * interval '7 hours', timestamptz '2024-06-01 00:00+00', 1 + g % 3,
       CASE WHEN g % 5 = 0 THEN NULL ELSE 100 + g END, 1 + g % 20, date '2026-01-01', 'xid-' || g,
       CASE WHEN g % 3 = 0 THEN date '2020-02-02' END, 1
FROM generate_series(1, 2500) g WHERE g % 7 <> 0;
