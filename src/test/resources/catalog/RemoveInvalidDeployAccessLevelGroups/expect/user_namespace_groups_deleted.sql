-- no deploy access level is left whose group_id is a User namespace
SELECT d.id FROM protected_environment_deploy_access_levels d JOIN namespaces n ON n.id = d.group_id
WHERE n.type = 'User'
