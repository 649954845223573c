-- rows there before keep created_at; updated_at moves only where the role changed; new rows have both set
SELECT u.id FROM user_group_member_roles u LEFT JOIN original_roles o ON o.id = u.id
WHERE (o.id IS NOT NULL AND (u.created_at <> o.created_at
        OR (u.member_role_id = o.member_role_id AND u.updated_at <> o.updated_at)
        OR (u.member_role_id <> o.member_role_id AND u.updated_at = o.updated_at)))
   OR (o.id IS NULL AND (u.created_at < timestamptz '2021-01-01' OR u.updated_at < timestamptz '2021-01-01'))
