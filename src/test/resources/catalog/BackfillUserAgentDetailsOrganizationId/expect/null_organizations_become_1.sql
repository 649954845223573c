-- rows that had no organization_id have organization 1
SELECT d.id FROM original_details o JOIN user_agent_details d ON d.id = o.id
WHERE o.organization_id IS NULL AND d.organization_id IS DISTINCT FROM 1
