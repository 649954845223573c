-- purchases without a started_at get created_at's date
SELECT id, created_at, started_at FROM subscription_add_on_purchases
WHERE id % 3 <> 0 AND started_at IS DISTINCT FROM created_at::date
