-- user_group_member_roles holds the computed roles and the unrelated row, nothing else
SELECT u.id FROM user_group_member_roles u
WHERE NOT (u.user_id = 999999 AND u.member_role_id = 555)
  AND NOT EXISTS (SELECT 1 FROM expected_roles e WHERE e.user_id = u.user_id AND e.group_id = u.group_id
                    AND e.shared_with_group_id = u.shared_with_group_id)
UNION ALL
SELECT -1 WHERE NOT EXISTS (SELECT 1 FROM user_group_member_roles WHERE user_id = 999999 AND member_role_id = 555)
