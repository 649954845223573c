-- occurrences without a project or namespace keep their values; nobody's updated_at moved
SELECT o.id FROM sbom_occurrences o
WHERE (NOT EXISTS (SELECT 1 FROM projects p JOIN namespaces n ON n.id = p.namespace_id WHERE p.id = o.project_id)
       AND (o.traversal_ids <> '{7}' OR o.archived <> (o.id % 2 = 0)))
   OR o.updated_at <> '2024-01-01'
