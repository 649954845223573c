-- the Ruby sets updated_at = NOW() on every row of every sub-batch, already-right ones too
SELECT project_id, updated_at FROM project_settings WHERE updated_at < timestamptz '2021-01-01 00:00+00'
