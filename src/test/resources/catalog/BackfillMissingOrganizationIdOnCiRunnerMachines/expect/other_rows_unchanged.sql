-- instance runner managers and those with an organization keep it; no row changes otherwise
-- (update_all does not touch updated_at) and none disappears
SELECT b.id FROM bbm_case_before b LEFT JOIN ci_runner_machines m ON m.id = b.id
WHERE m.id IS NULL
   OR (b.runner_type = 1 OR b.organization_id IS NOT NULL) AND m.organization_id IS DISTINCT FROM b.organization_id
   OR m.updated_at <> b.updated_at OR m.runner_id <> b.runner_id OR m.sharding_key_id IS DISTINCT FROM b.sharding_key_id
