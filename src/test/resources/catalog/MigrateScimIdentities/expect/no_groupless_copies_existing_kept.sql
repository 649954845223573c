-- identities without a group are not copied; rows that were there keep their values
SELECT g.id FROM group_scim_identities g JOIN scim_identities s ON s.id = g.temp_source_id WHERE s.group_id IS NULL
UNION ALL
SELECT o.id FROM original_group_identities o LEFT JOIN group_scim_identities g USING (id)
WHERE g.id IS NULL OR (g.extern_uid, g.temp_source_id, g.active) IS DISTINCT FROM (o.extern_uid, o.temp_source_id, o.active)
