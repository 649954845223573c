-- 2400 rules, ids 1..2600 with every 13th missing. Rule g is on merge request g % 300, and within a
-- merge request the rules are copies of a few shapes, so duplicates span sub-batches and jobs.
-- report_type by g % 7: 0,1 NULL (a regular rule: never touched), 2 license_scanning, 3 code_coverage (3:
-- not in the list), 4 scan_finding, 5 any_merge_request, 6 scan_finding again. Every 11th has a section
-- (deleted when its report type is listed). The policy configuration is NULL for every 5th (IS NOT
-- DISTINCT FROM matches NULL with NULL), orchestration_policy_idx varies by g % 2 for a few.
INSERT INTO approval_merge_request_rules (id, created_at, updated_at, merge_request_id, name, rule_type, report_type,
  section, orchestration_policy_idx, security_orchestration_policy_configuration_id, approval_policy_action_idx, project_id)
SELECT g, now(), now(), g % 300, 'rule ' || (g % 4), CASE WHEN g % 7 IN (0, 1) THEN 1 ELSE 2 END,
       CASE g % 7 WHEN 2 THEN 2 WHEN 3 THEN 3 WHEN 4 THEN 4 WHEN 5 THEN 5 WHEN 6 THEN 4 END,
       CASE WHEN g % 11 = 0 THEN 'section ' || (g % 3) END,
       CASE WHEN g % 17 = 0 THEN (g % 2)::smallint END,
       CASE WHEN g % 5 <> 0 THEN 1 + g % 2 END,
       (g % 19 = 0)::int,
       1
FROM generate_series(1, 2600) g WHERE g % 13 <> 0;

CREATE TABLE original_rules AS SELECT * FROM approval_merge_request_rules;
