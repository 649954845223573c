-- rules 1..8000 except every 9th id; report_type cycles through NULL, 1, 2, 3, 4 (2 and 4 are the ones the
-- job looks at); a policy configuration on every third rule
INSERT INTO approval_merge_request_rules (id, created_at, updated_at, merge_request_id, name, rule_type,
                                          report_type, security_orchestration_policy_configuration_id, project_id)
SELECT g, now(), now(), 1 + g % 500, 'rule-' || g, CASE WHEN g % 5 = 0 THEN 1 ELSE 2 END,
       NULLIF(g % 5, 0), CASE WHEN g % 3 = 0 THEN 77 END, 1 + g % 40
FROM generate_series(1, 8000) g WHERE g % 9 <> 0;

-- a source for every even rule id, and one for a missing rule (id 9) and past the last rule
INSERT INTO approval_merge_request_rule_sources (id, approval_merge_request_rule_id, approval_project_rule_id, project_id)
SELECT row_number() OVER (ORDER BY r), r, 10000 + r, 1 + r % 40
FROM (SELECT g AS r FROM generate_series(2, 8000, 2) g UNION ALL SELECT 9 UNION ALL SELECT 9000) s;

CREATE TABLE original_rules AS SELECT * FROM approval_merge_request_rules;
CREATE TABLE original_sources AS SELECT * FROM approval_merge_request_rule_sources;
