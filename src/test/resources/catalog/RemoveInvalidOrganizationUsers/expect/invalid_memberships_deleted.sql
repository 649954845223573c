-- no membership is left whose user or organization is missing
SELECT m.id FROM organization_users m
WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = m.user_id)
   OR NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = m.organization_id)
