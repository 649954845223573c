-- settings of project namespaces or of missing namespaces keep their value; updated_at never changes
SELECT s.namespace_id FROM namespace_settings s JOIN original_settings o ON o.namespace_id = s.namespace_id
WHERE s.updated_at IS DISTINCT FROM o.updated_at
   OR (NOT EXISTS (SELECT 1 FROM namespaces n WHERE n.id = s.namespace_id AND n.type IN ('Group', 'User'))
       AND s.code_suggestions IS DISTINCT FROM o.code_suggestions)
