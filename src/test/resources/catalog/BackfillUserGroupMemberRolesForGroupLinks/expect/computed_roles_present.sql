-- every scoped member and link with a computed role has exactly that role in user_group_member_roles
SELECT e.* FROM expected_roles e
WHERE NOT EXISTS (SELECT 1 FROM user_group_member_roles u
                  WHERE u.user_id = e.user_id AND u.group_id = e.group_id AND u.shared_with_group_id = e.shared_with_group_id
                    AND u.member_role_id = e.member_role_id)
