-- rows that already had a plan_name_uid keep it; rows without a plan_id, with a missing plan or a plan
-- without plan_name_uid stay NULL
SELECT b.id, b.plan_id, b.plan_name_uid FROM ci_pending_builds b
WHERE (b.id % 13 = 0 AND b.plan_name_uid IS DISTINCT FROM 9)
   OR (b.id % 13 <> 0 AND b.plan_name_uid IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.id = b.plan_id AND p.plan_name_uid IS NOT NULL))
