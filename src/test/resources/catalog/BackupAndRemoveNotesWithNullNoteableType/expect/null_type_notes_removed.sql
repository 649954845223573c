-- no note without a noteable_type remains in notes
SELECT id FROM notes WHERE noteable_type IS NULL
