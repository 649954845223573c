-- settings that were restricted keep their role; no row disappears and other columns are unchanged
SELECT o.id FROM original_settings o LEFT JOIN project_ci_cd_settings s USING (id)
WHERE s.id IS NULL
   OR (o.restrict_user_defined_variables AND (s.restrict_user_defined_variables, s.pipeline_variables_minimum_override_role)
       IS DISTINCT FROM (o.restrict_user_defined_variables, o.pipeline_variables_minimum_override_role))
   OR (s.project_id, s.group_runners_enabled, s.keep_latest_artifact) IS DISTINCT FROM (o.project_id, o.group_runners_enabled, o.keep_latest_artifact)
