-- rows with an access level, a user, a Group or Project namespace or a missing namespace are kept unchanged
SELECT o.id FROM original_deploy_access_levels o
WHERE NOT EXISTS (SELECT 1 FROM namespaces n WHERE n.id = o.group_id AND n.type = 'User')
  AND NOT EXISTS (SELECT 1 FROM protected_environment_deploy_access_levels d
                  WHERE d.id = o.id AND d.group_id IS NOT DISTINCT FROM o.group_id
                    AND d.user_id IS NOT DISTINCT FROM o.user_id
                    AND d.access_level IS NOT DISTINCT FROM o.access_level
                    AND d.updated_at = o.updated_at)
