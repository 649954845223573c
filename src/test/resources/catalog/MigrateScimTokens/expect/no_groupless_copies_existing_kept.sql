-- tokens without a group are not copied; rows that were there keep their values; nothing extra
SELECT g.id FROM group_scim_auth_access_tokens g JOIN scim_oauth_access_tokens s ON s.id = g.temp_source_id WHERE s.group_id IS NULL
UNION ALL
SELECT o.id FROM original_group_tokens o LEFT JOIN group_scim_auth_access_tokens g USING (id)
WHERE g.id IS NULL OR (g.group_id, g.temp_source_id) IS DISTINCT FROM (o.group_id, o.temp_source_id)
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM group_scim_auth_access_tokens)
             <> (SELECT count(*) FROM scim_oauth_access_tokens WHERE group_id IS NOT NULL)
