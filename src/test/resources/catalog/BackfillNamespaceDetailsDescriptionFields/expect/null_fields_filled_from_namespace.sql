-- each field that was NULL takes the namespace's value when the details row was updated at all
-- (some field NULL where the namespace has one); a field that had a value keeps it
SELECT d.namespace_id FROM namespace_details d JOIN original_details o USING (namespace_id)
JOIN namespaces n ON n.id = d.namespace_id
WHERE (d.description, d.description_html, d.cached_markdown_version) IS DISTINCT FROM
      (COALESCE(o.description, n.description), COALESCE(o.description_html, n.description_html),
       COALESCE(o.cached_markdown_version, n.cached_markdown_version))
