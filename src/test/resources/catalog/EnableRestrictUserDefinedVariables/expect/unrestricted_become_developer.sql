-- settings that were unrestricted are restricted now with the developer role (2)
SELECT o.id FROM original_settings o JOIN project_ci_cd_settings s USING (id)
WHERE NOT o.restrict_user_defined_variables
  AND (NOT s.restrict_user_defined_variables OR s.pipeline_variables_minimum_override_role <> 2)
