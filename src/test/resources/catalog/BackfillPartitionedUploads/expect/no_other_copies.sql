-- nothing else is copied: no copy of an upload whose model is gone or whose type is not listed
SELECT c.id FROM uploads_9ba88c4165 c
WHERE NOT EXISTS (SELECT 1 FROM expected_copies e WHERE e.id = c.id AND e.model_type = c.model_type)
  AND NOT EXISTS (SELECT 1 FROM original_copies o WHERE o.id = c.id)
