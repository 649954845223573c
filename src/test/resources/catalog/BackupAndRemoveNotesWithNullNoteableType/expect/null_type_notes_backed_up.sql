-- every note without a noteable_type is in temp_notes_backup, every column as it was
SELECT o.id FROM original_notes o LEFT JOIN temp_notes_backup b USING (id)
WHERE o.noteable_type IS NULL AND (b.id IS NULL OR (b.*)::text IS DISTINCT FROM (o.*)::text)
