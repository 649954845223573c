-- events 1..2800 with every 10th id missing; entity_type by n % 4: user namespace (to move), Group,
-- Project, User; created_at increasing with id; IPv4 and IPv6 addresses and NULLs
INSERT INTO audit_events (id, author_id, entity_id, entity_type, details, ip_address, author_name, entity_path,
  target_details, created_at, target_type, target_id)
SELECT n, 1 + n % 30, 500 + n, (ARRAY['Namespaces::UserNamespace', 'Group', 'Project', 'User'])[1 + n % 4],
       '--- :x: ' || n, CASE n % 3 WHEN 0 THEN '10.0.0.' || (n % 250) WHEN 1 THEN '2001:db8::' || to_hex(n) END::inet,
       'author ' || n, 'path/' || n, 'target ' || n, timestamptz '2024-07-01 00:00+00' + n * interval '1 minute',
       CASE WHEN n % 2 = 0 THEN 'Project' END, CASE WHEN n % 2 = 0 THEN 900 + n END
FROM generate_series(1, 2800) n WHERE n % 10 <> 8;

-- already copied earlier (the insert must skip them and keep this row as it is)
INSERT INTO instance_audit_events (id, created_at, author_id, details)
SELECT id, created_at, 42, 'earlier copy' FROM audit_events WHERE entity_type = 'Namespaces::UserNamespace' AND id % 7 = 0;

CREATE TABLE original_events AS SELECT * FROM audit_events;
CREATE TABLE original_instance_events AS SELECT * FROM instance_audit_events;
