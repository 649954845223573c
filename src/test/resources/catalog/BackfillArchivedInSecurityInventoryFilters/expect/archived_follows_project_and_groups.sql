-- a filter whose project exists is archived exactly when the project is or its namespace is archived through a group
SELECT f.id FROM security_inventory_filters f JOIN projects p ON p.id = f.project_id
WHERE f.archived <> (p.archived OR p.namespace_id IN (SELECT namespace_id FROM archived_through_group))
