-- filters without a project keep their archived; no filter gains, loses or changes any other column
SELECT o.id FROM orig_filters o LEFT JOIN security_inventory_filters f ON f.id = o.id
WHERE f.id IS NULL
   OR (f.project_id, f.project_name, f.traversal_ids, f.sast, f.total)
      IS DISTINCT FROM (o.project_id, o.project_name, o.traversal_ids, o.sast, o.total)
   OR (NOT EXISTS (SELECT 1 FROM projects p WHERE p.id = o.project_id) AND f.archived <> o.archived)
UNION ALL
SELECT f.id FROM security_inventory_filters f WHERE NOT EXISTS (SELECT 1 FROM orig_filters o WHERE o.id = f.id)
