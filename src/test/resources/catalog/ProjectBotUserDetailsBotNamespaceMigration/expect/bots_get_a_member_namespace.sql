-- each project bot that had no bot_namespace_id now has one of its membership namespaces (NULL if it has none)
SELECT o.user_id, d.bot_namespace_id FROM original_details o JOIN user_details d ON d.user_id = o.user_id
WHERE o.user_type = 6 AND o.bot_namespace_id IS NULL
  AND CASE WHEN EXISTS (SELECT 1 FROM members m WHERE m.user_id = o.user_id)
           THEN NOT EXISTS (SELECT 1 FROM members m WHERE m.user_id = o.user_id AND m.member_namespace_id = d.bot_namespace_id)
           ELSE d.bot_namespace_id IS NOT NULL END
