-- no issue appears or disappears and updated_at, title and namespace_id stay as they were
SELECT b.id FROM issues_before b FULL JOIN issues i ON i.id = b.id
WHERE i.id IS NULL OR b.id IS NULL OR i.updated_at IS DISTINCT FROM b.updated_at OR i.title IS DISTINCT FROM b.title
   OR i.namespace_id IS DISTINCT FROM b.namespace_id
