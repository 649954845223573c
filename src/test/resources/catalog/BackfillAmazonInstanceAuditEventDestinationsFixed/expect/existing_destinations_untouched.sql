-- streaming destinations that existed before the migration are unchanged
SELECT b.id FROM bbm_case_streaming_before b
LEFT JOIN audit_events_instance_external_streaming_destinations d ON d.id = b.id
WHERE d.id IS NULL OR (d.*)::text <> (b.*)::text
