-- every new dependency row is a copy some link of that project needs (name, version_pattern, project)
SELECT d.id FROM packages_dependencies d
WHERE NOT EXISTS (SELECT 1 FROM orig_dependencies o WHERE o.id = d.id)
  AND NOT EXISTS (SELECT 1 FROM orig_links l WHERE l.project_id = d.project_id AND l.name = d.name
                  AND l.version_pattern = d.version_pattern)
