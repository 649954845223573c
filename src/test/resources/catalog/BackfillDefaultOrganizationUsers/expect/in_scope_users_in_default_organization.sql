-- every user with admin = false is in organization 1 with access level 10
SELECT u.id FROM users u WHERE u.admin = false
  AND NOT EXISTS (SELECT 1 FROM organization_users m WHERE m.user_id = u.id AND m.organization_id = 1
                  AND m.access_level = 10)
