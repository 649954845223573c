-- findings with both pipelines set, and findings without occurrence pipelines, keep their values;
-- updated_at never changes; none is lost
SELECT o.id FROM original_findings o LEFT JOIN vulnerability_occurrences f ON f.id = o.id
WHERE f.id IS NULL OR f.updated_at <> o.updated_at
   OR (((o.initial_pipeline_id IS NOT NULL AND o.latest_pipeline_id IS NOT NULL)
        OR NOT EXISTS (SELECT 1 FROM vulnerability_occurrence_pipelines p WHERE p.occurrence_id = o.id))
       AND (f.initial_pipeline_id, f.latest_pipeline_id) IS DISTINCT FROM (o.initial_pipeline_id, o.latest_pipeline_id))
