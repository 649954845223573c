-- of the rules of report type 2, 4 or 5 (without a section), none has a newer duplicate left
SELECT r.id FROM approval_merge_request_rules r
WHERE r.report_type IN (2, 4, 5) AND EXISTS (
  SELECT 1 FROM approval_merge_request_rules o
  WHERE o.report_type IN (2, 4, 5) AND o.merge_request_id = r.merge_request_id AND o.name = r.name
    AND o.rule_type = r.rule_type
    AND o.security_orchestration_policy_configuration_id IS NOT DISTINCT FROM r.security_orchestration_policy_configuration_id
    AND o.section IS NOT DISTINCT FROM r.section
    AND o.orchestration_policy_idx IS NOT DISTINCT FROM r.orchestration_policy_idx
    AND o.approval_policy_action_idx IS NOT DISTINCT FROM r.approval_policy_action_idx
    AND o.id > r.id)
