-- settings that existed before are unchanged and none is lost
SELECT o.id FROM original_settings o LEFT JOIN project_ci_cd_settings s ON s.id = o.id
WHERE s.id IS NULL OR s.project_id <> o.project_id OR s.default_git_depth <> o.default_git_depth
   OR s.forward_deployment_enabled <> o.forward_deployment_enabled OR s.group_runners_enabled <> o.group_runners_enabled
