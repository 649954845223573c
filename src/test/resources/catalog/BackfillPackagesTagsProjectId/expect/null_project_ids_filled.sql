-- every tag that had no project_id and whose package exists has the package's project_id
SELECT t.id FROM packages_tags t JOIN original_tags o ON o.id = t.id JOIN packages_packages p ON p.id = t.package_id
WHERE o.project_id IS NULL AND t.project_id IS DISTINCT FROM p.project_id
