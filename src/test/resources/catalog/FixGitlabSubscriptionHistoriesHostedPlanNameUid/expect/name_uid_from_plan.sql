-- every history of an existing plan has the plan's plan_name_uid (NULL when the plan has none)
SELECT h.id, h.hosted_plan_name_uid, p.plan_name_uid AS expected
FROM gitlab_subscription_histories h JOIN plans p ON p.id = h.hosted_plan_id
WHERE h.hosted_plan_name_uid IS DISTINCT FROM p.plan_name_uid
