-- links to a missing dependency keep their dependency_id, and no link was deleted or added
SELECT o.id FROM orig_links o LEFT JOIN packages_dependency_links l ON l.id = o.id
WHERE l.id IS NULL OR (o.name IS NULL AND l.dependency_id <> o.dependency_id)
UNION ALL
SELECT l.id FROM packages_dependency_links l WHERE NOT EXISTS (SELECT 1 FROM orig_links o WHERE o.id = l.id)
