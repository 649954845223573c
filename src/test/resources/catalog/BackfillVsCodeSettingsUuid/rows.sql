-- 1..2500 with every 6th id missing: most rows without a uuid, every 4th with one of its own (kept);
-- a copy of the original rows to compare with.
INSERT INTO vs_code_settings (id, user_id, created_at, updated_at, setting_type, content, uuid, version)
SELECT g, g % 300 + 1, '2024-01-01', '2024-01-01', (ARRAY['settings','extensions','keybindings','snippets'])[g % 4 + 1],
       '{}', CASE WHEN g % 4 = 0 THEN md5('v' || g)::uuid END, g % 3
FROM generate_series(1, 2500) g WHERE g % 6 <> 0;
CREATE TABLE original_vs_code_settings AS SELECT * FROM vs_code_settings;
