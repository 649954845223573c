-- every link whose dependency exists points at a dependency of its own project with the same name and version_pattern
SELECT o.id, o.project_id, d.id, d.project_id, d.name, d.version_pattern
FROM orig_links o
JOIN packages_dependency_links l ON l.id = o.id
LEFT JOIN packages_dependencies d ON d.id = l.dependency_id
WHERE o.name IS NOT NULL
  AND (d.id IS NULL OR d.project_id IS DISTINCT FROM o.project_id OR d.name <> o.name OR d.version_pattern <> o.version_pattern)
