-- every namespace has details; those that had none copy its description, description_html and
-- cached_markdown_version and get created_at and updated_at
SELECT n.id FROM namespaces n LEFT JOIN namespace_details d ON d.namespace_id = n.id
WHERE d.namespace_id IS NULL
   OR (NOT EXISTS (SELECT 1 FROM original_details o WHERE o.namespace_id = n.id)
       AND ((d.description, d.description_html, d.cached_markdown_version)
              IS DISTINCT FROM (n.description::text, n.description_html, n.cached_markdown_version)
            OR d.created_at IS NULL OR d.updated_at IS NULL OR d.creator_id IS NOT NULL))
