-- no user has a NULL in the four columns
SELECT id FROM users
WHERE project_view IS NULL OR hide_no_ssh_key IS NULL OR hide_no_password IS NULL OR notified_of_own_activity IS NULL
