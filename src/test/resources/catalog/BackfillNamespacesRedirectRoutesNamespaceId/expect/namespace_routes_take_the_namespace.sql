-- a Namespace route without namespace_id whose namespace exists gets namespace_id = the namespace's id
SELECT r.id FROM redirect_routes r JOIN original_redirect_routes o USING (id) JOIN namespaces n ON n.id = r.source_id
WHERE o.source_type = 'Namespace' AND o.namespace_id IS NULL AND r.namespace_id IS DISTINCT FROM n.id
