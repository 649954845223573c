-- every finding that had a NULL initial or latest pipeline and has occurrence pipelines now has the smallest
-- as initial_pipeline_id; latest_pipeline_id becomes the largest only where it was NULL: the second UPDATE
-- re-reads the scoped sub-batch, which a finding whose latest_pipeline_id was set leaves once the first UPDATE
-- filled its initial_pipeline_id (so its latest_pipeline_id stays as it was)
SELECT f.id FROM vulnerability_occurrences f JOIN original_findings o ON o.id = f.id
JOIN (SELECT occurrence_id, min(pipeline_id) AS lo, max(pipeline_id) AS hi
      FROM vulnerability_occurrence_pipelines GROUP BY occurrence_id) p ON p.occurrence_id = f.id
WHERE (o.initial_pipeline_id IS NULL OR o.latest_pipeline_id IS NULL)
  AND (f.initial_pipeline_id IS DISTINCT FROM p.lo
       OR f.latest_pipeline_id IS DISTINCT FROM (CASE WHEN o.latest_pipeline_id IS NULL THEN p.hi ELSE o.latest_pipeline_id END))
