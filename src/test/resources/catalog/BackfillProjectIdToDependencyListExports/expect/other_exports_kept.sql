-- every other export remains (out of scope ones, those with a pipeline that are not dangling)
SELECT b.id, b.pipeline_id, b.status FROM dependency_list_exports_before b
WHERE NOT (b.pipeline_id IS NOT NULL
           AND (NOT EXISTS (SELECT 1 FROM p_ci_pipelines p WHERE p.id = b.pipeline_id)
                OR (b.status IN (2, -1) AND b.updated_at < now() - interval '3 hours')))
  AND NOT EXISTS (SELECT 1 FROM dependency_list_exports e WHERE e.id = b.id)
