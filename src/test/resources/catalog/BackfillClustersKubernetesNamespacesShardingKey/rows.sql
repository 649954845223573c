-- clusters 1..300 except every 13th: instance clusters (organization_id), group clusters (group_id) and
-- project clusters (project_id)
INSERT INTO clusters (id, created_at, updated_at, name, cluster_type, organization_id, group_id, project_id)
SELECT c, now(), now(), 'cluster-' || c, 1 + c % 3,
       CASE WHEN c % 3 = 0 THEN 1 END, CASE WHEN c % 3 = 1 THEN 500 + c END, CASE WHEN c % 3 = 2 THEN 9000 + c END
FROM generate_series(1, 300) c WHERE c % 13 <> 0;

-- namespaces 1..2500 except every 6th id; most without a sharding key, some with exactly one (kept, even if
-- it differs from the cluster's), some with two (num_nonnulls <> 1: overwritten), some of a missing cluster
INSERT INTO clusters_kubernetes_namespaces (id, cluster_id, project_id, cluster_project_id, created_at, updated_at,
       namespace, organization_id, group_id, sharding_project_id)
SELECT g, 1 + (g * 7) % 300, 20000 + g, g, timestamptz '2026-01-01 00:00:00+00', timestamptz '2026-01-02 00:00:00+00',
       'ns-' || g,
       CASE WHEN g % 10 IN (1, 3) THEN 2 END,
       CASE WHEN g % 10 = 3 THEN 77 END,
       CASE WHEN g % 10 = 5 THEN 88 END
FROM generate_series(1, 2500) g WHERE g % 6 <> 0;

CREATE TABLE original_namespaces AS SELECT * FROM clusters_kubernetes_namespaces;
