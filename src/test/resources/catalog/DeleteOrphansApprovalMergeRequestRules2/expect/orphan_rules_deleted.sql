-- no license_scanning or scan_finding rule without a policy configuration remains
SELECT id FROM approval_merge_request_rules
WHERE report_type IN (2, 4) AND security_orchestration_policy_configuration_id IS NULL
