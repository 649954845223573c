-- 300 clusters: instance ones (organization_id), group ones (group_id), project ones (project_id).
INSERT INTO clusters (id, created_at, updated_at, name, cluster_type, organization_id, group_id, project_id)
SELECT c, now(), now(), 'cluster-' || c, CASE c % 3 WHEN 0 THEN 1 WHEN 1 THEN 2 ELSE 3 END,
       CASE WHEN c % 3 = 0 THEN 1 END, CASE WHEN c % 3 = 1 THEN 5000 + c END, CASE WHEN c % 3 = 2 THEN 9000 + c END
FROM generate_series(1, 1300) c;

-- 1..1600 with every 7th id missing; platform g belongs to cluster g (g <= 1300) or to a cluster that
-- does not exist (g > 1300: the inner join skips it). By g % 4: 0 all three NULL, 1 a valid key of its
-- own (exactly one set, different from the cluster's: left alone), 2 all three set, 3 two set.
INSERT INTO cluster_platforms_kubernetes (id, cluster_id, created_at, updated_at, organization_id, group_id, project_id)
SELECT g, g, timestamp '2020-01-01', timestamp '2020-01-02',
       CASE g % 4 WHEN 2 THEN 77 WHEN 3 THEN 77 END,
       CASE g % 4 WHEN 1 THEN 4242 WHEN 2 THEN 88 WHEN 3 THEN 88 END,
       CASE g % 4 WHEN 2 THEN 99 END
FROM generate_series(1, 1600) g WHERE g % 7 <> 0;

ALTER TABLE cluster_platforms_kubernetes ADD CONSTRAINT check_73ecf3bb91
  CHECK ((num_nonnulls(group_id, organization_id, project_id) = 1)) NOT VALID;

CREATE TABLE original_platforms AS SELECT * FROM cluster_platforms_kubernetes;
