-- filters of projects without statistics, without a project or without a name are unchanged; no filter was
-- deleted, and none was created for them
SELECT o.project_id FROM orig_filters o LEFT JOIN security_inventory_filters f ON f.id = o.id
WHERE f.id IS NULL
   OR (NOT EXISTS (SELECT 1 FROM expected_filters e WHERE e.project_id = o.project_id)
       AND (f.project_name, f.traversal_ids, f.archived, f.total, f.sast, f.container_scanning_pipeline_based)
           IS DISTINCT FROM (o.project_name, o.traversal_ids, o.archived, o.total, o.sast, o.container_scanning_pipeline_based))
UNION ALL
SELECT f.project_id FROM security_inventory_filters f
WHERE NOT EXISTS (SELECT 1 FROM orig_filters o WHERE o.id = f.id)
  AND NOT EXISTS (SELECT 1 FROM expected_filters e WHERE e.project_id = f.project_id)
