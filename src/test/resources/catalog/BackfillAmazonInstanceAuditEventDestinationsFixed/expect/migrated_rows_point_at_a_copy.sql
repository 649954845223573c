-- every legacy row that had no stream_destination_id points at a streaming destination that copies it
-- (name, category aws = 2, config, legacy_destination_ref, created_at/updated_at as they were,
-- encrypted key and IV as they are)
SELECT b.id FROM bbm_case_legacy_before b
JOIN audit_events_instance_amazon_s3_configurations c ON c.id = b.id
LEFT JOIN audit_events_instance_external_streaming_destinations d ON d.id = c.stream_destination_id
WHERE b.stream_destination_id IS NULL
  AND (d.id IS NULL OR d.legacy_destination_ref IS DISTINCT FROM b.id OR d.category <> 2 OR d.name <> b.name
       OR d.created_at <> b.created_at OR d.updated_at <> b.updated_at
       OR d.encrypted_secret_token <> b.encrypted_secret_access_key
       OR d.encrypted_secret_token_iv <> b.encrypted_secret_access_key_iv
       OR d.config <> jsonb_build_object('accessKeyXid', b.access_key_xid, 'bucketName', b.bucket_name,
                                         'awsRegion', b.aws_region))
