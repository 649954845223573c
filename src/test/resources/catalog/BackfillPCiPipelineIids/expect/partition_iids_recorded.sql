-- every pipeline of partition 100 with an iid has its (project_id, iid) in p_ci_pipeline_iids
SELECT p.id FROM gitlab_partitions_dynamic.ci_pipelines_100 p
WHERE p.iid IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM p_ci_pipeline_iids i WHERE i.project_id = p.project_id AND i.iid = p.iid)
