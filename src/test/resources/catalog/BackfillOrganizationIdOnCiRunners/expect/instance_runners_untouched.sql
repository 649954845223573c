-- instance runners keep their organization_id, no runner is lost, updated_at is not touched
SELECT o.id FROM original_runners o LEFT JOIN ci_runners r USING (id)
WHERE r.id IS NULL OR r.updated_at IS DISTINCT FROM o.updated_at
   OR (o.sharding_key_id IS NULL AND r.organization_id IS DISTINCT FROM o.organization_id)
