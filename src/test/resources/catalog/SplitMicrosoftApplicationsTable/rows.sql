-- applications 1..1800 with every 11th id missing; every 5th has no namespace (the instance one: not copied)
INSERT INTO system_access_microsoft_applications (id, created_at, updated_at, namespace_id, enabled, tenant_xid, client_xid,
  login_endpoint, graph_endpoint, encrypted_client_secret, encrypted_client_secret_iv)
SELECT n, timestamptz '2023-01-01 00:00+00' + n * interval '1 hour', timestamptz '2024-01-01 00:00+00' + n * interval '1 hour',
       CASE WHEN n % 5 <> 0 THEN 1000 + n END, n % 2 = 0, 'tenant-' || n, 'client-' || n,
       'https://login.example/' || n, 'https://graph.example/' || n, convert_to('secret-' || n, 'UTF8'), convert_to('iv-' || n, 'UTF8')
FROM generate_series(1, 1800) n WHERE n % 11 <> 3;

-- some groups have their application already (other values: ON CONFLICT keeps them)
INSERT INTO system_access_group_microsoft_applications (created_at, updated_at, group_id, enabled, tenant_xid, client_xid,
  encrypted_client_secret, encrypted_client_secret_iv)
SELECT now(), now(), namespace_id, true, 'earlier', 'earlier', '\x00', '\x00'
FROM system_access_microsoft_applications WHERE namespace_id IS NOT NULL AND id % 19 = 0;

CREATE TABLE original_group_apps AS SELECT * FROM system_access_group_microsoft_applications;
