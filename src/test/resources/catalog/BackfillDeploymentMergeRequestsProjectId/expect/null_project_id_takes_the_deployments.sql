-- links that had no project_id and whose deployment exists get the deployment's project_id
SELECT l.deployment_id, l.merge_request_id, l.project_id, d.project_id AS expected
FROM original_links o
JOIN deployment_merge_requests l USING (deployment_id, merge_request_id)
JOIN deployments d ON d.id = l.deployment_id
WHERE o.project_id IS NULL AND l.project_id IS DISTINCT FROM d.project_id
