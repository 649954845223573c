-- push rules 1..3000 except every 7th id; project_id NULL on a third of them (the old instance-level
-- sample rules and strays), the others belong to a project
INSERT INTO push_rules (id, project_id, is_sample, commit_message_regex, organization_id, created_at, updated_at)
SELECT g, CASE WHEN g % 3 <> 0 THEN 10000 + g END, g % 3 = 0 AND g % 2 = 0, 'rule-' || g,
       CASE WHEN g % 3 = 0 THEN 1 END, now(), now()
FROM generate_series(1, 3000) g WHERE g % 7 <> 0;

CREATE TABLE original_rules AS SELECT * FROM push_rules;
