-- settings of groups have code_suggestions true, of users false
SELECT s.namespace_id FROM namespace_settings s JOIN namespaces n ON n.id = s.namespace_id
WHERE (n.type = 'Group' AND s.code_suggestions IS DISTINCT FROM true)
   OR (n.type = 'User' AND s.code_suggestions IS DISTINCT FROM false)
