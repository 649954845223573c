-- namespaces 1..1500 with every 10th id missing (ids 10, 20, ...); descriptions NULL for every 4th
INSERT INTO namespaces (id, name, path, type, description, description_html, cached_markdown_version)
SELECT n, 'n' || n, 'n' || n, 'Group', CASE WHEN n % 4 <> 0 THEN 'desc ' || n END,
       CASE WHEN n % 4 <> 0 THEN '<p>desc ' || n || '</p>' END, CASE WHEN n % 3 <> 0 THEN 2228224 END
FROM generate_series(1, 1500) n WHERE n % 10 <> 0;

-- every 3rd namespace already has details of its own (kept as they are); details 2001..2050 belong to
-- no namespace in the table (kept too)
INSERT INTO namespace_details (namespace_id, created_at, updated_at, description, creator_id)
SELECT id, timestamptz '2020-01-01 00:00+00', timestamptz '2020-01-02 00:00+00', 'own ' || id, 7
FROM namespaces WHERE id % 3 = 0;
INSERT INTO namespace_details (namespace_id, created_at, updated_at, description)
SELECT n, timestamptz '2020-01-01 00:00+00', timestamptz '2020-01-02 00:00+00', 'stray' FROM generate_series(2001, 2050) n;

CREATE TABLE original_details AS SELECT * FROM namespace_details;
