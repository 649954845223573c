-- every legacy row that had no stream_destination_id points at a streaming destination that copies it
-- (name, category gcp = 1, config with 'audit-events' for a NULL log_id_name, legacy_destination_ref,
-- encrypted key and IV as they are, created_at/updated_at as they were)
SELECT b.id FROM bbm_case_legacy_before b
JOIN audit_events_instance_google_cloud_logging_configurations c ON c.id = b.id
LEFT JOIN audit_events_instance_external_streaming_destinations d ON d.id = c.stream_destination_id
WHERE b.stream_destination_id IS NULL
  AND (d.id IS NULL OR d.legacy_destination_ref IS DISTINCT FROM b.id OR d.category <> 1 OR d.name <> b.name
       OR d.created_at <> b.created_at OR d.updated_at <> b.updated_at
       OR d.encrypted_secret_token <> b.encrypted_private_key
       OR d.encrypted_secret_token_iv <> b.encrypted_private_key_iv
       OR d.config <> jsonb_build_object('googleProjectIdName', b.google_project_id_name,
                                         'logIdName', CASE WHEN b.log_id_name IS NULL THEN 'audit-events' ELSE b.log_id_name END,
                                         'clientEmail', b.client_email))
