-- every package that shares project, name and (non-NULL) version with a group of two or more npm packages
-- not pending destruction, and is not that group's newest, is pending destruction (4)
SELECT p.id FROM packages_packages p
JOIN (SELECT project_id, name, version, max(id) AS max_id FROM original_packages
      WHERE package_type = 2 AND status <> 4 GROUP BY project_id, name, version HAVING count(*) > 1) d
  ON d.project_id = p.project_id AND d.name = p.name AND d.version = p.version
WHERE p.id <> d.max_id AND p.status <> 4
