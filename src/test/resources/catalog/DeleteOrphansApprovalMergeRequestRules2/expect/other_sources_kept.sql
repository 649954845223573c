-- every source of a kept rule or of no rule at all is still there
SELECT o.id FROM original_sources o
WHERE NOT EXISTS (SELECT 1 FROM original_rules r WHERE r.id = o.approval_merge_request_rule_id
                    AND r.report_type IN (2, 4) AND r.security_orchestration_policy_configuration_id IS NULL)
  AND NOT EXISTS (SELECT 1 FROM approval_merge_request_rule_sources s WHERE s.id = o.id)
