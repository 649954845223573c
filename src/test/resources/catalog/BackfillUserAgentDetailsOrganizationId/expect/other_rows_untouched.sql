-- rows that had an organization keep it; updated_at is not touched; no row is lost
SELECT d.id FROM original_details o JOIN user_agent_details d ON d.id = o.id
WHERE (o.organization_id IS NOT NULL AND d.organization_id IS DISTINCT FROM o.organization_id)
   OR d.updated_at IS DISTINCT FROM o.updated_at
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM user_agent_details) <> (SELECT count(*) FROM original_details)
