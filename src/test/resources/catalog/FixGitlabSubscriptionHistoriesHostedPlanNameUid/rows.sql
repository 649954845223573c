-- plans 1..12 with their uids (plan 12 has none: NULL); histories of a missing plan (99) or of no plan
-- (NULL) are left alone by the Ruby's join
INSERT INTO plans (id, created_at, updated_at, name, title, plan_name_uid)
SELECT p, now(), now(), 'plan' || p, 'Plan ' || p, CASE WHEN p < 12 THEN p * 10 END
FROM generate_series(1, 12) p;

-- histories 1..3000 except every 11th id; hosted_plan_name_uid already right on some, wrong on some,
-- NULL on most
INSERT INTO gitlab_subscription_histories (id, namespace_id, hosted_plan_id, gitlab_subscription_id, change_type,
       created_at, hosted_plan_name_uid)
SELECT g, 100 + g % 50,
       CASE WHEN g % 17 = 0 THEN NULL WHEN g % 19 = 0 THEN 99 ELSE 1 + g % 12 END,
       1000 + g % 50, g % 3, timestamptz '2026-01-01 00:00:00+00',
       CASE WHEN g % 5 = 0 THEN (1 + g % 12) * 10 WHEN g % 5 = 1 THEN 7 END
FROM generate_series(1, 3000) g WHERE g % 11 <> 0;

CREATE TABLE original_histories AS SELECT * FROM gitlab_subscription_histories;
