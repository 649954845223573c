-- rows that had a namespace_id keep it and their updated_at (touch_all is only for namespace_id IS
-- NULL); no column but namespace_id and updated_at changes; no row appears or disappears
SELECT b.note_id FROM bbm_case_note_metadata_before b
LEFT JOIN note_metadata m ON m.note_id = b.note_id
WHERE m.note_id IS NULL
   OR (b.namespace_id IS NOT NULL AND (m.namespace_id <> b.namespace_id OR m.updated_at <> b.updated_at))
   OR m.created_at <> b.created_at OR m.email_participant <> b.email_participant
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM note_metadata) <> (SELECT count(*) FROM bbm_case_note_metadata_before)
