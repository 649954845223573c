-- valid keys, runners without runner projects, instance and group runners keep their sharding key; no runner
-- is lost and updated_at never changes
SELECT o.id FROM original_runners o LEFT JOIN ci_runners r ON r.id = o.id
WHERE r.id IS NULL OR r.updated_at IS DISTINCT FROM o.updated_at
   OR (NOT (o.runner_type = 3 AND o.sharding_key_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM ci_runner_projects p WHERE p.runner_id = o.id AND p.project_id = o.sharding_key_id)
            AND EXISTS (SELECT 1 FROM ci_runner_projects p WHERE p.runner_id = o.id))
       AND r.sharding_key_id IS DISTINCT FROM o.sharding_key_id)
