-- update! sets updated_at on the legacy rows it changes; the other columns stay; already-migrated
-- rows are not touched at all
SELECT b.id FROM bbm_case_legacy_before b JOIN audit_events_instance_google_cloud_logging_configurations c ON c.id = b.id
WHERE (b.stream_destination_id IS NULL AND NOT c.updated_at > b.updated_at)
   OR (b.stream_destination_id IS NOT NULL AND (c.updated_at <> b.updated_at OR c.stream_destination_id <> b.stream_destination_id))
   OR c.name <> b.name OR c.created_at <> b.created_at
   OR c.encrypted_private_key <> b.encrypted_private_key
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM audit_events_instance_google_cloud_logging_configurations) <> (SELECT count(*) FROM bbm_case_legacy_before)
