-- every route in scope has namespace_id = source_id
SELECT id, source_id, namespace_id FROM routes
WHERE source_type <> 'UnusedType' AND namespace_id IS DISTINCT FROM source_id
