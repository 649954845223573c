-- details that existed are kept as they were (the Ruby's NOT EXISTS skips them), and nothing else is added
SELECT o.namespace_id FROM original_details o LEFT JOIN namespace_details d USING (namespace_id)
WHERE d.namespace_id IS NULL OR (d.description, d.creator_id, d.updated_at) IS DISTINCT FROM (o.description, o.creator_id, o.updated_at)
UNION ALL
SELECT d.namespace_id FROM namespace_details d
WHERE NOT EXISTS (SELECT 1 FROM original_details o WHERE o.namespace_id = d.namespace_id)
  AND NOT EXISTS (SELECT 1 FROM namespaces n WHERE n.id = d.namespace_id)
