-- iids recorded before are still there, and every recorded iid is either one of those or a pipeline's
SELECT o.project_id, o.iid FROM original_iids o
WHERE NOT EXISTS (SELECT 1 FROM p_ci_pipeline_iids i WHERE i.project_id = o.project_id AND i.iid = o.iid)
UNION ALL
SELECT i.project_id, i.iid FROM p_ci_pipeline_iids i
WHERE NOT EXISTS (SELECT 1 FROM original_iids o WHERE o.project_id = i.project_id AND o.iid = i.iid)
  AND NOT EXISTS (SELECT 1 FROM p_ci_pipelines p WHERE p.project_id = i.project_id AND p.iid = i.iid)
