-- users with admin <> true get no new membership and keep theirs as they were; memberships in other
-- organizations are untouched; none is lost
SELECT m.id FROM organization_users m JOIN users u ON u.id = m.user_id
WHERE (u.admin <> true OR m.organization_id <> 1)
  AND NOT EXISTS (SELECT 1 FROM original_memberships o WHERE o.id = m.id
                  AND (o.organization_id, o.user_id, o.access_level, o.created_at, o.updated_at)
                      = (m.organization_id, m.user_id, m.access_level, m.created_at, m.updated_at))
UNION ALL
SELECT o.id FROM original_memberships o WHERE NOT EXISTS (SELECT 1 FROM organization_users m WHERE m.id = o.id)
