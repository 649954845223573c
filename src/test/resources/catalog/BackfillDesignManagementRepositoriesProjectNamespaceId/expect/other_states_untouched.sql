-- states whose repository does not exist keep their namespace_id; no state's other columns change
SELECT o.design_management_repository_id FROM original_states o
JOIN design_management_repository_states s USING (design_management_repository_id)
WHERE (NOT EXISTS (SELECT 1 FROM design_management_repositories r WHERE r.id = o.design_management_repository_id)
       AND s.namespace_id IS DISTINCT FROM o.namespace_id)
   OR s.verification_state <> o.verification_state
