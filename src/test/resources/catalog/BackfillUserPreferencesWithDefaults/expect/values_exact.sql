-- each column holds its default where it was NULL and its own value elsewhere; updated_at untouched
SELECT id FROM user_preferences
WHERE tab_width IS DISTINCT FROM (CASE WHEN id % 2 = 0 THEN 8 ELSE id % 5 + 1 END)
   OR time_display_relative IS DISTINCT FROM (CASE WHEN id % 3 = 0 THEN true ELSE id % 4 = 0 END)
   OR render_whitespace_in_code IS DISTINCT FROM (CASE WHEN id % 5 = 0 THEN false ELSE id % 6 = 0 END)
   OR updated_at <> '2024-01-01'
