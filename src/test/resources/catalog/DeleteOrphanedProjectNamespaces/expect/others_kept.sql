-- every other namespace is still there: groups and users with a missing parent, project namespaces without
-- a parent, with a parent, or with a project
SELECT o.id FROM original_namespaces o
WHERE NOT EXISTS (SELECT 1 FROM namespaces n WHERE n.id = o.id)
  AND NOT (o.type = 'Project' AND o.parent_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM original_namespaces p WHERE p.id = o.parent_id)
           AND NOT EXISTS (SELECT 1 FROM projects WHERE projects.project_namespace_id = o.id))
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM namespaces) = (SELECT count(*) FROM original_namespaces)
