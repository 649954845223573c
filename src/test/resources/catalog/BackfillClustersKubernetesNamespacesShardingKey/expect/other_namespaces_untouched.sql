-- namespaces with exactly one sharding key, or of a missing cluster, keep theirs; no other column
-- (updated_at included) changes; none is lost
SELECT o.id FROM original_namespaces o LEFT JOIN clusters_kubernetes_namespaces n USING (id)
WHERE n.id IS NULL
   OR (n.cluster_id, n.project_id, n.cluster_project_id, n.created_at, n.updated_at, n.namespace)
      IS DISTINCT FROM (o.cluster_id, o.project_id, o.cluster_project_id, o.created_at, o.updated_at, o.namespace)
   OR ((num_nonnulls(o.organization_id, o.group_id, o.sharding_project_id) = 1
        OR NOT EXISTS (SELECT 1 FROM clusters c WHERE c.id = o.cluster_id))
       AND (n.organization_id, n.group_id, n.sharding_project_id)
           IS DISTINCT FROM (o.organization_id, o.group_id, o.sharding_project_id))
