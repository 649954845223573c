-- rules that must stay did: every rule of another report type, and for each duplicate group (without a
-- section) its newest rule
SELECT o.id FROM original_rules o
WHERE (o.report_type IS NULL OR o.report_type NOT IN (2, 4, 5))
  AND NOT EXISTS (SELECT 1 FROM approval_merge_request_rules r WHERE r.id = o.id)
UNION ALL
SELECT o.id FROM original_rules o
WHERE o.report_type IN (2, 4, 5) AND o.section IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM original_rules n
    WHERE n.report_type IN (2, 4, 5) AND n.section IS NULL AND n.merge_request_id = o.merge_request_id
      AND n.name = o.name AND n.rule_type = o.rule_type
      AND n.security_orchestration_policy_configuration_id IS NOT DISTINCT FROM o.security_orchestration_policy_configuration_id
      AND n.orchestration_policy_idx IS NOT DISTINCT FROM o.orchestration_policy_idx
      AND n.approval_policy_action_idx IS NOT DISTINCT FROM o.approval_policy_action_idx
      AND n.id > o.id)
  AND NOT EXISTS (SELECT 1 FROM approval_merge_request_rules r WHERE r.id = o.id)
