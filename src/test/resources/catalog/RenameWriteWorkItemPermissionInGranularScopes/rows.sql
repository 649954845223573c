-- the Ruby's RENAMES, one row per (old name, new name)
CREATE TABLE renames (old_name text NOT NULL, new_name text NOT NULL);
INSERT INTO renames VALUES
  ('write_work_item', 'create_work_item'),
  ('write_work_item', 'update_work_item');

-- scopes 1..2500 except every 8th id: 0..5 names drawn from old names, new names and unrelated ones, in no
-- particular order and with repeats (rows without an old name must keep exactly that)
INSERT INTO granular_scopes (id, organization_id, namespace_id, created_at, updated_at, permissions)
SELECT g, 1, CASE WHEN g % 3 = 0 THEN 50 + g % 7 END, timestamptz '2025-01-01 00:00:00+00',
       timestamptz '2025-01-02 00:00:00+00',
       COALESCE((SELECT jsonb_agg(pool[1 + (g * k * 7919 + k * 31) % cardinality(pool)])
                 FROM generate_series(1, g % 6) k), '[]'::jsonb)
FROM generate_series(1, 2500) g, (SELECT ARRAY['write_work_item', 'create_work_item', 'update_work_item', 'read_work_item', 'read_repository', 'write_work_item_note'] AS pool) p
WHERE g % 8 <> 0;

CREATE TABLE original_scopes AS SELECT * FROM granular_scopes;
