-- project namespaces whose parent did not exist and that no project points at are gone
SELECT n.id FROM namespaces n
WHERE n.type = 'Project' AND n.parent_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM original_namespaces p WHERE p.id = n.parent_id)
  AND NOT EXISTS (SELECT 1 FROM projects WHERE projects.project_namespace_id = n.id)
