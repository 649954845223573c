-- each column holds its default where it was NULL and its own value elsewhere; updated_at untouched
SELECT id FROM users
WHERE project_view IS DISTINCT FROM (CASE WHEN id % 2 = 0 THEN 2 ELSE id % 3 END)
   OR hide_no_ssh_key IS DISTINCT FROM (CASE WHEN id % 3 = 0 THEN false ELSE id % 4 = 0 END)
   OR hide_no_password IS DISTINCT FROM (CASE WHEN id % 5 = 0 THEN false ELSE id % 6 = 0 END)
   OR notified_of_own_activity IS DISTINCT FROM (CASE WHEN id % 7 = 0 THEN false ELSE id % 8 = 0 END)
   OR updated_at <> '2024-01-01'
