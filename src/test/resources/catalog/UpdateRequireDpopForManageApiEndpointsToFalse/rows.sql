-- settings for namespaces 1..3200 with every 10th missing; require_dpop... true for two thirds
-- (the column's default), false for the rest (out of scope: left alone)
INSERT INTO namespace_settings (created_at, updated_at, namespace_id, require_dpop_for_manage_api_endpoints)
SELECT timestamptz '2024-01-01 00:00+00', timestamptz '2024-01-02 00:00+00', n, n % 3 <> 0
FROM generate_series(1, 3200) n WHERE n % 10 <> 7;

CREATE TABLE original_settings AS SELECT namespace_id, updated_at FROM namespace_settings;
