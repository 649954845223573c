-- purchases that had a started_at keep it, and no row's updated_at changes
SELECT id, started_at, updated_at FROM subscription_add_on_purchases
WHERE (id % 3 = 0 AND started_at IS DISTINCT FROM date '2020-02-02')
   OR updated_at <> timestamptz '2024-06-01 00:00+00'
