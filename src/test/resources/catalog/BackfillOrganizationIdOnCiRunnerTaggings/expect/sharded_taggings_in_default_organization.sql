-- every tagging with a sharding key belongs to organization 1
SELECT id FROM ci_runner_taggings WHERE sharding_key_id IS NOT NULL AND organization_id IS DISTINCT FROM 1
