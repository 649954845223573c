-- rows that had no sharding key and whose integration exists with at least one of project_id,
-- group_id, organization_id now carry the integration's three values, with a new updated_at
SELECT b.id FROM bbm_case_before b
JOIN integrations i ON i.id = b.integration_id
JOIN issue_tracker_data d ON d.id = b.id
WHERE b.project_id IS NULL AND b.group_id IS NULL AND b.organization_id IS NULL
  AND (i.project_id IS NOT NULL OR i.group_id IS NOT NULL OR i.organization_id IS NOT NULL)
  AND (d.project_id IS DISTINCT FROM i.project_id OR d.group_id IS DISTINCT FROM i.group_id
       OR d.organization_id IS DISTINCT FROM i.organization_id OR NOT d.updated_at > b.updated_at)
