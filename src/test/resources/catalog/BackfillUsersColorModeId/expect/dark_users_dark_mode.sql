-- every dark-theme user has color mode 2
SELECT id FROM users WHERE theme_id = 11 AND color_mode_id <> 2
