-- 1..2500 with every 6th id missing, all nine setting types plus an unknown one ('other'); version NULL,
-- 0 (both in scope) or an own value 3..5 (kept); a copy of the original rows to compare with.
INSERT INTO vs_code_settings (id, user_id, created_at, updated_at, setting_type, content, uuid, version)
SELECT g, g % 300 + 1, '2024-01-01', '2024-01-01',
       (ARRAY['settings','extensions','globalState','keybindings','snippets','machines','tasks','profiles','other'])[g % 9 + 1],
       '{}', md5('v' || g)::uuid, CASE g % 4 WHEN 0 THEN NULL WHEN 1 THEN 0 ELSE g % 3 + 3 END
FROM generate_series(1, 2500) g WHERE g % 6 <> 0;
CREATE TABLE original_vs_code_settings AS SELECT * FROM vs_code_settings;
CREATE TABLE default_versions (setting_type text, version integer);
INSERT INTO default_versions VALUES ('settings', 2), ('extensions', 6), ('globalState', 1), ('keybindings', 2),
  ('snippets', 1), ('machines', 1), ('tasks', 1), ('profiles', 2);
