-- 1..7000 with every 9th id missing (several jobs of 3000): each column NULL on its own pattern of
-- rows, otherwise a value the job must keep (project_view 0/1/2, booleans true or false).
INSERT INTO users (id, email, updated_at, project_view, hide_no_ssh_key, hide_no_password, notified_of_own_activity)
SELECT g, 'u' || g || '@example.com', '2024-01-01',
       CASE WHEN g % 2 = 0 THEN NULL ELSE g % 3 END,
       CASE WHEN g % 3 = 0 THEN NULL ELSE g % 4 = 0 END,
       CASE WHEN g % 5 = 0 THEN NULL ELSE g % 6 = 0 END,
       CASE WHEN g % 7 = 0 THEN NULL ELSE g % 8 = 0 END
FROM generate_series(1, 7000) g WHERE g % 9 <> 0;
