-- no legacy row gets two streaming destinations, and already-migrated rows get no new one
SELECT legacy_destination_ref, count(*) FROM audit_events_instance_external_streaming_destinations
WHERE legacy_destination_ref IS NOT NULL GROUP BY legacy_destination_ref HAVING count(*) <> 1
UNION ALL
SELECT -1, count(*) FROM audit_events_instance_external_streaming_destinations
HAVING count(*) <> (SELECT count(*) FROM bbm_case_streaming_before)
                   + (SELECT count(*) FROM bbm_case_legacy_before WHERE stream_destination_id IS NULL)
