-- humans, service accounts and bots that had a bot_namespace_id keep what they had; no details row appears or goes
SELECT o.user_id FROM original_details o LEFT JOIN user_details d ON d.user_id = o.user_id
WHERE d.user_id IS NULL
   OR ((o.user_type <> 6 OR o.bot_namespace_id IS NOT NULL) AND d.bot_namespace_id IS DISTINCT FROM o.bot_namespace_id)
UNION ALL
SELECT d.user_id FROM user_details d WHERE NOT EXISTS (SELECT 1 FROM original_details o WHERE o.user_id = d.user_id)
