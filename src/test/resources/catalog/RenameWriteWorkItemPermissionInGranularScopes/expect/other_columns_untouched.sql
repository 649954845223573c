-- no scope is lost or added, and no other column changes (updated_at included)
SELECT o.id FROM original_scopes o FULL JOIN granular_scopes g USING (id)
WHERE g.id IS NULL OR o.id IS NULL
   OR (g.organization_id, g.namespace_id, g.created_at, g.updated_at)
      IS DISTINCT FROM (o.organization_id, o.namespace_id, o.created_at, o.updated_at)
