-- applications without a namespace are not copied; group applications that were there keep their values
SELECT g.id FROM system_access_group_microsoft_applications g
JOIN system_access_microsoft_applications s ON s.id = g.temp_source_id WHERE s.namespace_id IS NULL
UNION ALL
SELECT o.id FROM original_group_apps o LEFT JOIN system_access_group_microsoft_applications g USING (id)
WHERE g.id IS NULL OR (g.tenant_xid, g.temp_source_id) IS DISTINCT FROM (o.tenant_xid, o.temp_source_id)
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM system_access_group_microsoft_applications)
             <> (SELECT count(*) FROM system_access_microsoft_applications WHERE namespace_id IS NOT NULL)
