-- 420 legacy instance GCP destinations, ids 1..450 with every 15th missing (gaps); every 4th has
-- log_id_name NULL (the Ruby writes 'audit-events'), the others a name of their own or the column
-- default; every 7th was migrated already: it points at a streaming destination of its own and must be
-- left alone. Existing HTTP/AWS instance streaming destinations must stay as they are.
INSERT INTO audit_events_instance_google_cloud_logging_configurations
  (id, created_at, updated_at, google_project_id_name, client_email, log_id_name,
   encrypted_private_key, encrypted_private_key_iv, name)
SELECT g, timestamptz '2024-01-01 00:00+00' + g * interval '1 hour',
       timestamptz '2024-06-01 00:00+00' + g * interval '1 minute', 'project-' || g, 'sa' || g || '@example.com',
       CASE WHEN g % 4 = 0 THEN NULL WHEN g % 4 = 1 THEN 'log-' || g ELSE 'audit_events' END,
       decode(md5('key' || g), 'hex'), decode(substr(md5('iv' || g), 1, 24), 'hex'), 'GCP destination ' || g
FROM generate_series(1, 450) g WHERE g % 15 <> 0;

INSERT INTO audit_events_instance_external_streaming_destinations
  (created_at, updated_at, category, name, config, encrypted_secret_token, encrypted_secret_token_iv, legacy_destination_ref)
SELECT created_at, updated_at, 1, name, jsonb_build_object('old', true), '\x00'::bytea, '\x00'::bytea, id
FROM audit_events_instance_google_cloud_logging_configurations WHERE id % 7 = 0 ORDER BY id;
INSERT INTO audit_events_instance_external_streaming_destinations
  (created_at, updated_at, category, name, config, encrypted_secret_token, encrypted_secret_token_iv, legacy_destination_ref)
SELECT now(), now(), CASE WHEN g % 2 = 0 THEN 0 ELSE 2 END, 'other ' || g, '{}'::jsonb, '\x01'::bytea, '\x01'::bytea, NULL
FROM generate_series(1, 20) g;
UPDATE audit_events_instance_google_cloud_logging_configurations c SET stream_destination_id = d.id
FROM audit_events_instance_external_streaming_destinations d WHERE d.legacy_destination_ref = c.id;

CREATE TABLE bbm_case_legacy_before AS SELECT * FROM audit_events_instance_google_cloud_logging_configurations;
CREATE TABLE bbm_case_streaming_before AS SELECT * FROM audit_events_instance_external_streaming_destinations;
