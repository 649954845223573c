-- every other rule is still there, unchanged
SELECT o.id FROM original_rules o LEFT JOIN approval_merge_request_rules r USING (id)
WHERE NOT (o.report_type IN (2, 4) AND o.security_orchestration_policy_configuration_id IS NULL)
  AND (r.id IS NULL OR (r.*)::text IS DISTINCT FROM (o.*)::text)
