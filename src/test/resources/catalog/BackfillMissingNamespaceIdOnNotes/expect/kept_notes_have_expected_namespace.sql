-- every note that must stay is still in notes with the namespace_id and organization_id it must have, the
-- rest of the row unchanged
SELECT e.id FROM expected_notes e
JOIN original_notes o USING (id)
LEFT JOIN notes n USING (id)
WHERE NOT e.archived
  AND (n.id IS NULL OR n.namespace_id IS DISTINCT FROM e.namespace_id
       OR n.organization_id IS DISTINCT FROM e.organization_id
       OR (n.note, n.noteable_type, n.noteable_id, n.project_id, n.author_id, n.updated_at)
          IS DISTINCT FROM (o.note, o.noteable_type, o.noteable_id, o.project_id, o.author_id, o.updated_at))
