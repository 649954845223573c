-- every token with a project or group row is still there
SELECT o.id FROM orig_tokens o
WHERE (EXISTS (SELECT 1 FROM project_deploy_tokens p WHERE p.deploy_token_id = o.id)
       OR EXISTS (SELECT 1 FROM group_deploy_tokens g WHERE g.deploy_token_id = o.id))
  AND NOT EXISTS (SELECT 1 FROM deploy_tokens t WHERE t.id = o.id)
