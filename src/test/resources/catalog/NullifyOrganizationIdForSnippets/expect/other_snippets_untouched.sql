-- personal snippets and snippets without a type keep their organization_id; no snippet lost; updated_at kept
SELECT o.id FROM original_snippets o LEFT JOIN snippets s ON s.id = o.id
WHERE s.id IS NULL OR s.updated_at <> o.updated_at
   OR (o.type IS DISTINCT FROM 'ProjectSnippet' AND s.organization_id IS DISTINCT FROM o.organization_id)
