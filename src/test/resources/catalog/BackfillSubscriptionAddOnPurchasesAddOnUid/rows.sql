-- add-ons 1..8 named 1, 3, 5, ... (their enum integers differ from their ids)
INSERT INTO subscription_add_ons (id, created_at, updated_at, name, description)
SELECT a, now(), now(), 2 * a - 1, 'add-on ' || a FROM generate_series(1, 8) a;

-- purchases 1..1400 with every 13th id missing; purchase g has add-on (g % 10) + 1, so add-ons 9 and 10
-- do not exist (the inner join skips them: there is no foreign key in this copy); every 4th already
-- has a subscription_add_on_uid (left alone, even when it differs from the add-on's name).
INSERT INTO subscription_add_on_purchases (id, created_at, updated_at, subscription_add_on_id, namespace_id, quantity,
  expires_on, purchase_xid, organization_id, subscription_add_on_uid)
SELECT g, now(), timestamp '2020-01-01', (g % 10) + 1, 100 + g, 5, date '2030-01-01', 'A-' || g, 1,
       CASE WHEN g % 4 = 0 THEN 99 END
FROM generate_series(1, 1400) g WHERE g % 13 <> 0;

CREATE TABLE original_purchases AS SELECT * FROM subscription_add_on_purchases;
