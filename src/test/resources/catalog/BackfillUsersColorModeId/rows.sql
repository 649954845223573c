-- 1..2000 with every 7th id missing: every 5th user has the dark theme (11), some other themes, some
-- none; a few non-dark users already have color mode 3 (must stay), a few dark ones have 3 too (become 2).
INSERT INTO users (id, email, updated_at, theme_id, color_mode_id)
SELECT g, 'u' || g || '@example.com', '2024-01-01',
       CASE WHEN g % 5 = 0 THEN 11 WHEN g % 3 = 0 THEN NULL ELSE g % 10 + 1 END,
       CASE WHEN g % 11 = 0 THEN 3 ELSE 1 END
FROM generate_series(1, 2000) g WHERE g % 7 <> 0;
