-- 1..1600 with every 7th id missing; by g % 6: 0 the old name among others, 1 the old and the new name
-- (the new one must not be doubled), 2 only other names, 3 only the old name, 4 an empty array, 5 the
-- old name twice
INSERT INTO granular_scopes (id, created_at, updated_at, organization_id, namespace_id, permissions)
SELECT g, timestamptz '2020-01-01 00:00+00', timestamptz '2020-01-02 00:00+00', 1, 100 + g,
       CASE g % 6 WHEN 0 THEN '["read_code", "manage_repository_storage_move", "admin_runner"]'::jsonb
                  WHEN 1 THEN '["manage_repository_storage_move", "create_repository_storage_move"]'::jsonb
                  WHEN 2 THEN '["read_code", "admin_runner"]'::jsonb
                  WHEN 3 THEN '["manage_repository_storage_move"]'::jsonb
                  WHEN 4 THEN '[]'::jsonb
                  ELSE '["manage_repository_storage_move", "read_code", "manage_repository_storage_move"]'::jsonb END
FROM generate_series(1, 1600) g WHERE g % 7 <> 0;
CREATE TABLE original_scopes AS SELECT * FROM granular_scopes;
