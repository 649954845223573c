-- the flag is set with jsonb_set: a Group setting's other keys stay as they were, and a setting already
-- 'true' (boolean or string) is not rewritten
SELECT s.namespace_id FROM namespace_settings s JOIN original_settings o USING (namespace_id)
JOIN namespaces n ON n.id = s.namespace_id
WHERE n.type = 'Group' AND ((s.usage_billing - 'display_gitlab_credits_user_data')
        IS DISTINCT FROM (COALESCE(o.usage_billing, '{}'::jsonb) - 'display_gitlab_credits_user_data')
   OR ((o.usage_billing ->> 'display_gitlab_credits_user_data') = 'true' AND s.usage_billing IS DISTINCT FROM o.usage_billing))
