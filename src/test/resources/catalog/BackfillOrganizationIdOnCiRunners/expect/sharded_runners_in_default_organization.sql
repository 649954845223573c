-- every group and project runner (those with a sharding key) belongs to organization 1
SELECT id FROM ci_runners WHERE sharding_key_id IS NOT NULL AND organization_id IS DISTINCT FROM 1
