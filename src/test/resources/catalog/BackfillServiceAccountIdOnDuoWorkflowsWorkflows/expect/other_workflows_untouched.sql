-- workflows that had a service account keep it; no other column (updated_at included) changes; none is lost
SELECT o.id FROM original_workflows o LEFT JOIN duo_workflows_workflows w USING (id)
WHERE w.id IS NULL
   OR (w.project_id, w.namespace_id, w.workflow_definition, w.ai_catalog_item_version_id, w.updated_at)
      IS DISTINCT FROM (o.project_id, o.namespace_id, o.workflow_definition, o.ai_catalog_item_version_id, o.updated_at)
   OR (o.service_account_id IS NOT NULL AND w.service_account_id IS DISTINCT FROM o.service_account_id)
