-- occurrences of a project with a namespace have that namespace's traversal_ids and the project's archived
SELECT o.id FROM sbom_occurrences o
JOIN projects p ON p.id = o.project_id JOIN namespaces n ON n.id = p.namespace_id
WHERE o.traversal_ids <> n.traversal_ids OR o.archived <> p.archived
