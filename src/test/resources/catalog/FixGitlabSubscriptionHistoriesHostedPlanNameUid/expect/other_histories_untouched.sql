-- histories without a plan or of a missing plan keep their value; no other column changes; none is lost
SELECT o.id FROM original_histories o LEFT JOIN gitlab_subscription_histories h USING (id)
WHERE h.id IS NULL
   OR (h.hosted_plan_id, h.namespace_id, h.gitlab_subscription_id, h.change_type, h.created_at)
      IS DISTINCT FROM (o.hosted_plan_id, o.namespace_id, o.gitlab_subscription_id, o.change_type, o.created_at)
   OR (NOT EXISTS (SELECT 1 FROM plans p WHERE p.id = o.hosted_plan_id)
       AND h.hosted_plan_name_uid IS DISTINCT FROM o.hosted_plan_name_uid)
