-- 900 users (every 8th missing). Each has a 'settings' row (out of scope); most an 'extensions' row without a
-- context hash (in scope); every 3rd also an 'extensions' row with the marketplace hash, added later, so the
-- unhashed one must be deleted; every 5th an 'extensions' row with another hash (does not count); every 7th
-- no unhashed extensions row at all; every 10th a 'keybindings' row without a hash (out of scope).
INSERT INTO vs_code_settings (user_id, created_at, updated_at, setting_type, content, uuid, version, settings_context_hash)
SELECT u, timestamptz '2024-01-01 00:00+00' + u * interval '1 minute', timestamptz '2024-06-01 00:00+00',
       t.setting_type, 'content-' || u || '-' || t.k, md5(u || '-' || t.k)::uuid, 1, t.hash
FROM generate_series(1, 900) u
CROSS JOIN LATERAL (
  SELECT 1 AS k, 'settings' AS setting_type, NULL::text AS hash
  UNION ALL SELECT 2, 'extensions', NULL WHERE u % 7 <> 0
  UNION ALL SELECT 3, 'extensions', 'other-hash' WHERE u % 5 = 0
  UNION ALL SELECT 4, 'keybindings', NULL WHERE u % 10 = 0
) t
WHERE u % 8 <> 3
ORDER BY random();
INSERT INTO vs_code_settings (user_id, created_at, updated_at, setting_type, content, uuid, version, settings_context_hash)
SELECT u, now(), now(), 'extensions', 'hashed-' || u, md5('h' || u)::uuid, 2, '2e0d3e8c1107f9ccc5ea'
FROM generate_series(1, 900) u WHERE u % 8 <> 3 AND u % 3 = 0;

CREATE TABLE original_settings AS SELECT * FROM vs_code_settings;
