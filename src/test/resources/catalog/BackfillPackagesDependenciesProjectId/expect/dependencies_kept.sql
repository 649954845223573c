-- no dependency was deleted or renamed; ones with a project keep it; a referenced one without a project got the
-- project of one of its links; the unreferenced one (500) keeps no project
SELECT o.id FROM orig_dependencies o LEFT JOIN packages_dependencies d ON d.id = o.id
WHERE d.id IS NULL OR d.name <> o.name OR d.version_pattern <> o.version_pattern
   OR (o.project_id IS NOT NULL AND d.project_id IS DISTINCT FROM o.project_id)
   OR (o.project_id IS NULL AND EXISTS (SELECT 1 FROM orig_links l WHERE l.dependency_id = o.id)
       AND NOT EXISTS (SELECT 1 FROM orig_links l WHERE l.dependency_id = o.id AND l.project_id = d.project_id))
   OR (o.id = 500 AND d.project_id IS NOT NULL)
