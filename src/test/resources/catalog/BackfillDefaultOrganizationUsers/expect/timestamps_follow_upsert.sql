-- upsert_all's timestamps: new rows get created_at = updated_at (now); existing rows that already had
-- level 10 keep updated_at, the others get a new updated_at and keep created_at
SELECT m.id FROM organization_users m JOIN users u ON u.id = m.user_id AND u.admin = false
LEFT JOIN original_memberships o ON o.id = m.id
WHERE m.organization_id = 1
  AND ((o.id IS NULL AND (m.created_at <> m.updated_at OR m.created_at < timestamptz '2024-01-01'))
    OR (o.id IS NOT NULL AND o.access_level = 10 AND m.updated_at <> o.updated_at)
    OR (o.id IS NOT NULL AND o.access_level <> 10 AND (m.updated_at <= o.updated_at OR m.created_at <> o.created_at)))
