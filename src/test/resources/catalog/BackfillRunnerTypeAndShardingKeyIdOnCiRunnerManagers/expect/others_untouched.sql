-- managers that had a sharding key, or whose runner is gone, are unchanged; no updated_at changed; none lost
SELECT o.id FROM orig_machines o LEFT JOIN ci_runner_machines m ON m.id = o.id
WHERE m.id IS NULL OR m.updated_at <> o.updated_at
   OR ((o.sharding_key_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM ci_runners r WHERE r.id = o.runner_id))
       AND (m.sharding_key_id IS DISTINCT FROM o.sharding_key_id OR m.runner_type IS DISTINCT FROM o.runner_type))
