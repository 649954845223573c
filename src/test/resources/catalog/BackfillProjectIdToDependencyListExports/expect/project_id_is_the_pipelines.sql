-- every remaining export with a pipeline has the pipeline's project_id (NULL and wrong ones set)
SELECT e.id, e.project_id, p.project_id AS expected FROM dependency_list_exports e
JOIN p_ci_pipelines p ON p.id = e.pipeline_id
WHERE e.project_id IS DISTINCT FROM p.project_id
