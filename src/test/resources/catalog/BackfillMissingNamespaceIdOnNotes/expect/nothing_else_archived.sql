-- notes_archived holds only the notes that must be archived
SELECT a.id FROM notes_archived a LEFT JOIN expected_notes e USING (id) WHERE e.id IS NULL OR NOT e.archived
