-- every note with a noteable_type is still in notes, unchanged
SELECT o.id FROM original_notes o LEFT JOIN notes n USING (id)
WHERE o.noteable_type IS NOT NULL AND (n.id IS NULL OR (n.*)::text IS DISTINCT FROM (o.*)::text)
