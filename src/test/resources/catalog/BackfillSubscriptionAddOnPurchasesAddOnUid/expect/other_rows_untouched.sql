-- purchases that had a uid, or whose add-on does not exist, are as they were (updated_at included)
SELECT p.id FROM original_purchases o JOIN subscription_add_on_purchases p ON p.id = o.id
WHERE (o.subscription_add_on_uid IS NOT NULL
       OR NOT EXISTS (SELECT 1 FROM subscription_add_ons a WHERE a.id = o.subscription_add_on_id))
  AND (p.subscription_add_on_uid IS DISTINCT FROM o.subscription_add_on_uid)
UNION ALL
SELECT p.id FROM original_purchases o JOIN subscription_add_on_purchases p ON p.id = o.id
WHERE p.updated_at IS DISTINCT FROM o.updated_at
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM subscription_add_on_purchases) <> (SELECT count(*) FROM original_purchases)
