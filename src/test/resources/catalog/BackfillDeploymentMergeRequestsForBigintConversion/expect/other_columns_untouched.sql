-- no row lost or added, and the source columns and project_id keep their values
SELECT o.deployment_id, o.merge_request_id FROM original_links o
FULL JOIN deployment_merge_requests l USING (deployment_id, merge_request_id)
WHERE o.deployment_id IS NULL OR l.deployment_id IS NULL
   OR (l.environment_id, l.project_id) IS DISTINCT FROM (o.environment_id, o.project_id)
