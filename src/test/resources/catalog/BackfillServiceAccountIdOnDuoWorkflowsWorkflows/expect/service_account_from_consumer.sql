-- workflows that had no service account get the one of the consumer of their catalog item (the version's
-- item, else the foundational item named by workflow_definition) in their root group, NULL when none
WITH ctx AS (
  SELECT o.id,
         COALESCE(v.ai_catalog_item_id, f.id) AS item_id,
         ns.traversal_ids[1] AS root_id
  FROM original_workflows o
  LEFT JOIN ai_catalog_item_versions v ON v.id = o.ai_catalog_item_version_id
  LEFT JOIN ai_catalog_items f ON f.foundational_flow_reference = o.workflow_definition
  LEFT JOIN projects p ON p.id = o.project_id
  LEFT JOIN namespaces ns ON ns.id = COALESCE(p.namespace_id, o.namespace_id)
  WHERE o.service_account_id IS NULL)
SELECT w.id, w.service_account_id, c.service_account_id AS expected
FROM ctx JOIN duo_workflows_workflows w ON w.id = ctx.id
LEFT JOIN ai_catalog_item_consumers c
  ON c.ai_catalog_item_id = ctx.item_id AND c.group_id = ctx.root_id AND c.service_account_id IS NOT NULL
WHERE w.service_account_id IS DISTINCT FROM c.service_account_id
