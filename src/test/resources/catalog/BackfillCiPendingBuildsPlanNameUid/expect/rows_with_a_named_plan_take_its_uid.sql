-- every pending build that had no plan_name_uid and whose plan has one now has the plan's
SELECT b.id, b.plan_id, b.plan_name_uid, p.plan_name_uid AS expected
FROM ci_pending_builds b JOIN plans p ON p.id = b.plan_id
WHERE b.id % 13 <> 0 AND p.plan_name_uid IS NOT NULL AND b.plan_name_uid IS DISTINCT FROM p.plan_name_uid
