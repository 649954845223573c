-- taggings without a sharding key keep their organization_id, and no tagging is lost
SELECT o.id FROM original_taggings o LEFT JOIN ci_runner_taggings t USING (id)
WHERE t.id IS NULL OR (o.sharding_key_id IS NULL AND t.organization_id IS DISTINCT FROM o.organization_id)
