-- no row has a NULL in the three columns
SELECT id FROM user_preferences
WHERE tab_width IS NULL OR time_display_relative IS NULL OR render_whitespace_in_code IS NULL
