-- a design whose project exists has its project's project_namespace_id; one without keeps its namespace_id
SELECT d.id, d.namespace_id FROM design_management_designs d JOIN original_designs o USING (id)
LEFT JOIN projects p ON p.id = d.project_id
WHERE d.namespace_id IS DISTINCT FROM COALESCE(p.project_namespace_id, o.namespace_id)
