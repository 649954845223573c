-- an access level whose branch exists has the branch's project_id and namespace_id
SELECT l.id FROM protected_branch_push_access_levels l JOIN protected_branches b ON b.id = l.protected_branch_id
WHERE l.protected_branch_project_id IS DISTINCT FROM b.project_id
   OR l.protected_branch_namespace_id IS DISTINCT FROM b.namespace_id
