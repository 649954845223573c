-- temp_notes_backup holds nothing else
SELECT b.id FROM temp_notes_backup b
WHERE b.noteable_type IS NOT NULL OR NOT EXISTS (SELECT 1 FROM original_notes o WHERE o.id = b.id)
