-- 420 legacy instance S3 destinations, ids 1..450 with every 15th missing (gaps); every 7th was
-- migrated already: it points at a streaming destination of its own (category aws, created here) and
-- must be left alone. Existing HTTP/GCP instance streaming destinations must stay as they are.
INSERT INTO audit_events_instance_amazon_s3_configurations
  (id, created_at, updated_at, access_key_xid, name, bucket_name, aws_region,
   encrypted_secret_access_key, encrypted_secret_access_key_iv)
SELECT g, timestamptz '2024-01-01 00:00+00' + g * interval '1 hour', timestamptz '2024-06-01 00:00+00' + g * interval '1 minute',
       'AKIA' || g, 'S3 destination ' || g, 'bucket-' || g, CASE WHEN g % 2 = 0 THEN 'us-east-1' ELSE 'eu-west-2' END,
       decode(md5('key' || g), 'hex'), decode(substr(md5('iv' || g), 1, 24), 'hex')
FROM generate_series(1, 450) g WHERE g % 15 <> 0;

INSERT INTO audit_events_instance_external_streaming_destinations
  (created_at, updated_at, category, name, config, encrypted_secret_token, encrypted_secret_token_iv, legacy_destination_ref)
SELECT created_at, updated_at, 2, name, jsonb_build_object('old', true), '\x00'::bytea, '\x00'::bytea, id
FROM audit_events_instance_amazon_s3_configurations WHERE id % 7 = 0 ORDER BY id;
INSERT INTO audit_events_instance_external_streaming_destinations
  (created_at, updated_at, category, name, config, encrypted_secret_token, encrypted_secret_token_iv, legacy_destination_ref)
SELECT now(), now(), g % 2, 'other ' || g, '{}'::jsonb, '\x01'::bytea, '\x01'::bytea, NULL FROM generate_series(1, 20) g;
UPDATE audit_events_instance_amazon_s3_configurations c SET stream_destination_id = d.id
FROM audit_events_instance_external_streaming_destinations d WHERE d.legacy_destination_ref = c.id;

CREATE TABLE bbm_case_legacy_before AS SELECT * FROM audit_events_instance_amazon_s3_configurations;
CREATE TABLE bbm_case_streaming_before AS SELECT * FROM audit_events_instance_external_streaming_destinations;
