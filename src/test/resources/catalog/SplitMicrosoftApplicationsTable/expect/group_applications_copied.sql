-- every application with a namespace has a group application for it; new ones are an exact copy with its id
-- as temp_source_id
SELECT s.id FROM system_access_microsoft_applications s
LEFT JOIN system_access_group_microsoft_applications g ON g.group_id = s.namespace_id
WHERE s.namespace_id IS NOT NULL
  AND (g.id IS NULL OR (NOT EXISTS (SELECT 1 FROM original_group_apps o WHERE o.id = g.id)
       AND (g.temp_source_id, g.enabled, g.tenant_xid, g.client_xid, g.login_endpoint, g.graph_endpoint,
            g.encrypted_client_secret, g.encrypted_client_secret_iv, g.created_at, g.updated_at)
           IS DISTINCT FROM (s.id, s.enabled, s.tenant_xid, s.client_xid, s.login_endpoint, s.graph_endpoint,
            s.encrypted_client_secret, s.encrypted_client_secret_iv, s.created_at, s.updated_at)))
