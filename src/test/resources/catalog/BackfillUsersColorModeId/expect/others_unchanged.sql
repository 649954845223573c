-- other users keep their color mode, and nobody's updated_at moved
SELECT id FROM users
WHERE (theme_id IS DISTINCT FROM 11 AND color_mode_id <> CASE WHEN id % 11 = 0 THEN 3 ELSE 1 END)
   OR updated_at <> '2024-01-01'
