-- tags that already had a project_id, or whose package is gone, are unchanged (updated_at too); none lost
SELECT o.id FROM original_tags o LEFT JOIN packages_tags t ON t.id = o.id
WHERE t.id IS NULL OR t.updated_at <> o.updated_at
   OR ((o.project_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM packages_packages p WHERE p.id = o.package_id))
       AND t.project_id IS DISTINCT FROM o.project_id)
