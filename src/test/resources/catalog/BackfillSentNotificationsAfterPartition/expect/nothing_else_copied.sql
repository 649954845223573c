-- no notification of another type, or whose noteable (or its project) is missing, is copied
SELECT p.id, p.noteable_type FROM p_sent_notifications p
WHERE NOT EXISTS (SELECT 1 FROM expected_namespace e WHERE e.id = p.id)
  AND NOT EXISTS (SELECT 1 FROM original_copy o WHERE o.id = p.id)
