-- a platform whose cluster exists and that did not have exactly one sharding key column set has the cluster's three
SELECT p.id, p.organization_id, p.group_id, p.project_id
FROM cluster_platforms_kubernetes p JOIN original_platforms o ON o.id = p.id JOIN clusters c ON c.id = p.cluster_id
WHERE num_nonnulls(o.organization_id, o.group_id, o.project_id) <> 1
  AND (p.organization_id IS DISTINCT FROM c.organization_id OR p.group_id IS DISTINCT FROM c.group_id
       OR p.project_id IS DISTINCT FROM c.project_id)
