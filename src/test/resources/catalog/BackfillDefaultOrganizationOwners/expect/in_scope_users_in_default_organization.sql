-- every user with admin = true is in organization 1 with access level 50
SELECT u.id FROM users u WHERE u.admin = true
  AND NOT EXISTS (SELECT 1 FROM organization_users m WHERE m.user_id = u.id AND m.organization_id = 1
                  AND m.access_level = 50)
