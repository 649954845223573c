-- settings 1..2500 with every 9th id missing: most unrestricted with the default role (3), every 4th already
-- restricted with a role of its own (0..4, kept), every 5th unrestricted with another role (becomes 2)
INSERT INTO project_ci_cd_settings (id, project_id, restrict_user_defined_variables, pipeline_variables_minimum_override_role)
SELECT n, 10000 + n, n % 4 = 0, CASE WHEN n % 4 = 0 THEN n % 5 WHEN n % 5 = 0 THEN 4 ELSE 3 END
FROM generate_series(1, 2500) n WHERE n % 9 <> 4;

CREATE TABLE original_settings AS SELECT * FROM project_ci_cd_settings;
