-- routes of 'UnusedType' keep what they had
SELECT id, namespace_id FROM routes
WHERE source_type = 'UnusedType' AND namespace_id IS DISTINCT FROM (CASE WHEN id % 17 = 0 THEN 5 END)
