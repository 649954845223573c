-- every namespace is still there; only the fixed flag changed, and only on the invalid ones (updated_at kept)
SELECT o.id FROM original_namespaces o LEFT JOIN namespaces n USING (id)
WHERE n.id IS NULL
   OR (ROW(n.name, n.path, n.type, n.created_at, n.updated_at, n.shared_runners_enabled)
       IS DISTINCT FROM ROW(o.name, o.path, o.type, o.created_at, o.updated_at, o.shared_runners_enabled))
   OR n.allow_descendants_override_disabled_shared_runners IS DISTINCT FROM
      (o.allow_descendants_override_disabled_shared_runners AND NOT o.shared_runners_enabled)
