-- platforms with exactly one key set, and platforms whose cluster is missing, keep every column as it was
SELECT p.id FROM cluster_platforms_kubernetes p JOIN original_platforms o ON o.id = p.id
WHERE (num_nonnulls(o.organization_id, o.group_id, o.project_id) = 1
       OR NOT EXISTS (SELECT 1 FROM clusters c WHERE c.id = p.cluster_id))
  AND (p.organization_id, p.group_id, p.project_id, p.updated_at)
      IS DISTINCT FROM (o.organization_id, o.group_id, o.project_id, o.updated_at)
