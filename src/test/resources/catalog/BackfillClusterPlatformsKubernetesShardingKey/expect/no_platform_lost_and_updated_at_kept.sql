-- the job deletes no platform and, like GitLab's raw UPDATE, leaves updated_at alone
SELECT o.id FROM original_platforms o LEFT JOIN cluster_platforms_kubernetes p ON p.id = o.id
WHERE p.id IS NULL OR p.updated_at IS DISTINCT FROM o.updated_at
