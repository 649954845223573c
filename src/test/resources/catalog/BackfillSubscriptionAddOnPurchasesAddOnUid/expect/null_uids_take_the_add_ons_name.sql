-- every purchase that had no subscription_add_on_uid and whose add-on exists has the add-on's name
SELECT p.id, p.subscription_add_on_uid, a.name FROM original_purchases o
JOIN subscription_add_on_purchases p ON p.id = o.id
JOIN subscription_add_ons a ON a.id = o.subscription_add_on_id
WHERE o.subscription_add_on_uid IS NULL AND p.subscription_add_on_uid IS DISTINCT FROM a.name
