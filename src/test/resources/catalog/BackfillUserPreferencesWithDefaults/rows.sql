-- 1..7000 with every 9th id missing (several jobs of 3000): each column NULL on its own pattern of
-- rows, otherwise a value the job must keep.
INSERT INTO user_preferences (id, user_id, created_at, updated_at, tab_width, time_display_relative, render_whitespace_in_code)
SELECT g, g, '2024-01-01', '2024-01-01',
       CASE WHEN g % 2 = 0 THEN NULL ELSE g % 5 + 1 END,
       CASE WHEN g % 3 = 0 THEN NULL ELSE g % 4 = 0 END,
       CASE WHEN g % 5 = 0 THEN NULL ELSE g % 6 = 0 END
FROM generate_series(1, 7000) g WHERE g % 9 <> 0;
