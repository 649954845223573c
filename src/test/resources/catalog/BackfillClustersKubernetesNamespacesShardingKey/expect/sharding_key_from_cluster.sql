-- namespaces that had not exactly one sharding key and whose cluster exists get the cluster's three values
SELECT n.id, n.organization_id, n.group_id, n.sharding_project_id FROM clusters_kubernetes_namespaces n
JOIN original_namespaces o USING (id) JOIN clusters c ON c.id = n.cluster_id
WHERE num_nonnulls(o.organization_id, o.group_id, o.sharding_project_id) <> 1
  AND (n.organization_id, n.group_id, n.sharding_project_id) IS DISTINCT FROM (c.organization_id, c.group_id, c.project_id)
