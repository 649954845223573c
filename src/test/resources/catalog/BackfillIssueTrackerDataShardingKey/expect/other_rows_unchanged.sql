-- rows with a sharding key already, without an integration (instance integrations, missing ones) or
-- whose integration has none of the three keep everything, updated_at included; no row disappears
SELECT b.id FROM bbm_case_before b
LEFT JOIN integrations i ON i.id = b.integration_id
LEFT JOIN issue_tracker_data d ON d.id = b.id
WHERE NOT (b.project_id IS NULL AND b.group_id IS NULL AND b.organization_id IS NULL
           AND (i.project_id IS NOT NULL OR i.group_id IS NOT NULL OR i.organization_id IS NOT NULL))
  AND (d.id IS NULL OR (d.*)::text <> (b.*)::text)
