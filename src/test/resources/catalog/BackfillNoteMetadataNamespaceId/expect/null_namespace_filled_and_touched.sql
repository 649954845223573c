-- every row without a namespace_id was touched (updated_at moved on) and so got the trigger's
-- namespace: the note's project's project_namespace_id, else the note's namespace_id
SELECT b.note_id FROM bbm_case_note_metadata_before b
JOIN note_metadata m ON m.note_id = b.note_id
JOIN notes n ON n.id = b.note_id LEFT JOIN projects p ON p.id = n.project_id
WHERE b.namespace_id IS NULL
  AND (m.namespace_id IS DISTINCT FROM COALESCE(p.project_namespace_id, n.namespace_id)
       OR NOT m.updated_at > b.updated_at)
