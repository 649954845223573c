-- every note left without a namespace is gone from notes and in notes_archived as it was, with archived_at
SELECT e.id FROM expected_notes e
JOIN original_notes o USING (id)
LEFT JOIN notes_archived a USING (id)
WHERE e.archived
  AND (EXISTS (SELECT 1 FROM notes n WHERE n.id = e.id) OR a.id IS NULL OR a.archived_at IS NULL
       OR a.namespace_id IS NOT NULL
       OR (a.note, a.noteable_type, a.noteable_id, a.project_id, a.author_id, a.created_at, a.updated_at,
           a.discussion_id, a.organization_id)
          IS DISTINCT FROM (o.note, o.noteable_type, o.noteable_id, o.project_id, o.author_id, o.created_at,
                            o.updated_at, o.discussion_id, o.organization_id))
