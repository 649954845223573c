-- levels whose branch is missing keep their values; no level is lost; updated_at is not touched
SELECT o.id FROM original_levels o LEFT JOIN protected_branch_push_access_levels l USING (id)
WHERE l.id IS NULL OR l.updated_at IS DISTINCT FROM o.updated_at
   OR (NOT EXISTS (SELECT 1 FROM protected_branches b WHERE b.id = o.protected_branch_id)
       AND (l.protected_branch_project_id, l.protected_branch_namespace_id)
           IS DISTINCT FROM (o.protected_branch_project_id, o.protected_branch_namespace_id))
