-- every identity with a group has a group_scim_identities row for its group and user; new ones carry its
-- id as temp_source_id and its values
SELECT s.id FROM scim_identities s
LEFT JOIN group_scim_identities g ON g.group_id = s.group_id AND g.user_id = s.user_id
WHERE s.group_id IS NOT NULL
  AND (g.id IS NULL OR (NOT EXISTS (SELECT 1 FROM original_group_identities o WHERE o.id = g.id)
       AND (g.temp_source_id, g.extern_uid, g.active, g.created_at, g.updated_at)
           IS DISTINCT FROM (s.id, s.extern_uid::text, s.active, s.created_at, s.updated_at)))
