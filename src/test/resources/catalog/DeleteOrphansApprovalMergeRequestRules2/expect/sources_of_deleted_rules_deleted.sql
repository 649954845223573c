-- no source of a deleted rule remains
SELECT s.id FROM approval_merge_request_rule_sources s JOIN original_rules o ON o.id = s.approval_merge_request_rule_id
WHERE o.report_type IN (2, 4) AND o.security_orchestration_policy_configuration_id IS NULL
