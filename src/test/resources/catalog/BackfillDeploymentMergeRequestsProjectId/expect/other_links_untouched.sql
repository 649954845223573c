-- links that had a project_id keep it, and links whose deployment is missing stay NULL
SELECT l.deployment_id, l.merge_request_id, l.project_id, o.project_id AS original
FROM original_links o
JOIN deployment_merge_requests l USING (deployment_id, merge_request_id)
WHERE (o.project_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM deployments d WHERE d.id = l.deployment_id))
  AND l.project_id IS DISTINCT FROM o.project_id
