-- bulk imports 1..2500 with every 9th id missing; status cycles through created 0, started 1, finished 2, timeout 3,
-- failed -1, canceled -2 (the last four are in scope)
INSERT INTO bulk_imports (id, user_id, source_type, status, created_at, updated_at, organization_id)
SELECT b, 1, 0, (ARRAY[0, 1, 2, 3, -1, -2])[b % 6 + 1], timestamptz '2020-01-01 00:00:00+00', timestamptz '2020-01-01 00:00:00+00', 1
FROM generate_series(1, 2500) b WHERE b % 9 <> 0;

-- a configuration for each bulk import id 1..2600 except every 5th (ids with no bulk import are left alone)
INSERT INTO bulk_import_configurations (id, bulk_import_id, encrypted_url, encrypted_access_token, created_at, updated_at, organization_id)
SELECT 10000 + b, b, 'url', 'token', timestamptz '2020-01-01 00:00:00+00', timestamptz '2020-01-01 00:00:00+00', 1
FROM generate_series(1, 2600) b WHERE b % 5 <> 0;

CREATE TABLE original_configurations AS SELECT * FROM bulk_import_configurations;
CREATE TABLE original_bulk_imports AS SELECT * FROM bulk_imports;
