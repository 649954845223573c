-- no deploy token without a project or group row remains
SELECT t.id FROM deploy_tokens t
WHERE NOT EXISTS (SELECT 1 FROM project_deploy_tokens p WHERE p.deploy_token_id = t.id)
  AND NOT EXISTS (SELECT 1 FROM group_deploy_tokens g WHERE g.deploy_token_id = t.id)
