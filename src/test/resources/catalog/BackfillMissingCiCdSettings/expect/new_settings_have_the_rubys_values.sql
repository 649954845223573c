-- settings created by the job have default_git_depth 20, forward_deployment_enabled true, the rest at defaults
SELECT s.id FROM project_ci_cd_settings s
WHERE NOT EXISTS (SELECT 1 FROM original_settings o WHERE o.id = s.id)
  AND (s.default_git_depth IS DISTINCT FROM 20 OR s.forward_deployment_enabled IS DISTINCT FROM true
       OR NOT s.group_runners_enabled OR s.merge_pipelines_enabled IS NOT NULL
       OR s.pipeline_variables_minimum_override_role <> 3)
