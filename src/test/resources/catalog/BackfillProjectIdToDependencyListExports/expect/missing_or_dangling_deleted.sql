-- exports in scope whose pipeline is missing, or that are finished/failed and stale, are gone
SELECT b.id, b.pipeline_id, b.status, b.updated_at FROM dependency_list_exports_before b
JOIN dependency_list_exports e ON e.id = b.id
WHERE b.pipeline_id IS NOT NULL
  AND (NOT EXISTS (SELECT 1 FROM p_ci_pipelines p WHERE p.id = b.pipeline_id)
       OR (b.status IN (2, -1) AND b.updated_at < now() - interval '3 hours'))
