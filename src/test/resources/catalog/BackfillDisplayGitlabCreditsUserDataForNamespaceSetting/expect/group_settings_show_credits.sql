-- every setting of a Group namespace has display_gitlab_credits_user_data = true (as ->> reads it)
SELECT s.namespace_id, s.usage_billing FROM namespace_settings s JOIN namespaces n ON n.id = s.namespace_id
WHERE n.type = 'Group' AND (s.usage_billing ->> 'display_gitlab_credits_user_data') IS DISTINCT FROM 'true'
