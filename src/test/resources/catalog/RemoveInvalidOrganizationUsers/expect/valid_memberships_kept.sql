-- every membership whose user and organization exist is still there
SELECT o.id FROM original_memberships o
WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = o.user_id)
  AND EXISTS (SELECT 1 FROM organizations g WHERE g.id = o.organization_id)
  AND NOT EXISTS (SELECT 1 FROM organization_users m WHERE m.id = o.id)
