-- each setting holds the hash of its namespace's level (NULL as 0, unknown levels as JSON null)
SELECT s.namespace_id FROM namespace_settings s JOIN namespaces n ON n.id = s.namespace_id
WHERE s.default_branch_protection_defaults IS DISTINCT FROM (
  CASE COALESCE(n.default_branch_protection, 0)
    WHEN 0 THEN jsonb_build_object('allowed_to_push', jsonb_build_array(jsonb_build_object('access_level', 30)),
                                   'allowed_to_merge', jsonb_build_array(jsonb_build_object('access_level', 30)),
                                   'allow_force_push', true)
    WHEN 1 THEN jsonb_build_object('allowed_to_push', jsonb_build_array(jsonb_build_object('access_level', 30)),
                                   'allowed_to_merge', jsonb_build_array(jsonb_build_object('access_level', 40)),
                                   'allow_force_push', false)
    WHEN 2 THEN jsonb_build_object('allowed_to_push', jsonb_build_array(jsonb_build_object('access_level', 40)),
                                   'allowed_to_merge', jsonb_build_array(jsonb_build_object('access_level', 40)),
                                   'allow_force_push', false)
    WHEN 3 THEN jsonb_build_object('allowed_to_push', jsonb_build_array(jsonb_build_object('access_level', 40)),
                                   'allowed_to_merge', jsonb_build_array(jsonb_build_object('access_level', 30)),
                                   'allow_force_push', false)
    WHEN 4 THEN jsonb_build_object('allowed_to_push', jsonb_build_array(jsonb_build_object('access_level', 40)),
                                   'allowed_to_merge', jsonb_build_array(jsonb_build_object('access_level', 40)),
                                   'allow_force_push', false, 'developer_can_initial_push', true)
    ELSE 'null'::jsonb END)
