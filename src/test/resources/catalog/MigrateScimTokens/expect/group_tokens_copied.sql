-- every token with a group has a group_scim_auth_access_tokens row with its token; new ones carry its id
-- as temp_source_id, its group and its timestamps
SELECT s.id FROM scim_oauth_access_tokens s
LEFT JOIN group_scim_auth_access_tokens g ON g.token_encrypted = s.token_encrypted::bytea
WHERE s.group_id IS NOT NULL
  AND (g.id IS NULL OR (NOT EXISTS (SELECT 1 FROM original_group_tokens o WHERE o.id = g.id)
       AND (g.temp_source_id, g.group_id, g.created_at, g.updated_at)
           IS DISTINCT FROM (s.id, s.group_id, s.created_at, s.updated_at)))
