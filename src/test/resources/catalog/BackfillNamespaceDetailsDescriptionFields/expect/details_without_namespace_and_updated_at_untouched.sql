-- details whose namespace is missing keep every field, no details row is lost, and updated_at is not touched
SELECT o.namespace_id FROM original_details o LEFT JOIN namespace_details d USING (namespace_id)
WHERE d.namespace_id IS NULL OR d.updated_at IS DISTINCT FROM o.updated_at
   OR (NOT EXISTS (SELECT 1 FROM namespaces n WHERE n.id = o.namespace_id)
       AND (d.description, d.description_html, d.cached_markdown_version)
           IS DISTINCT FROM (o.description, o.description_html, o.cached_markdown_version))
