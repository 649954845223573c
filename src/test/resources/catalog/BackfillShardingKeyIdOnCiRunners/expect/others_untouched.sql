-- instance runners, runners that had a key, group runners without a namespace row and project runners without a
-- project row are unchanged; no runner lost, no updated_at changed
SELECT o.id FROM orig_runners o LEFT JOIN ci_runners r ON r.id = o.id
WHERE r.id IS NULL OR r.updated_at <> o.updated_at
   OR ((o.runner_type = 1 OR o.sharding_key_id IS NOT NULL
        OR (o.runner_type = 2 AND NOT EXISTS (SELECT 1 FROM ci_runner_namespaces n WHERE n.runner_id = o.id))
        OR (o.runner_type = 3 AND NOT EXISTS (SELECT 1 FROM ci_runner_projects p WHERE p.runner_id = o.id)))
       AND r.sharding_key_id IS DISTINCT FROM o.sharding_key_id)
