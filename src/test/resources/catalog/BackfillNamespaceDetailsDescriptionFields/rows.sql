-- namespaces 1..1500; each of description, description_html, cached_markdown_version is NULL on some
INSERT INTO namespaces (id, name, path, type, description, description_html, cached_markdown_version)
SELECT n, 'n' || n, 'n' || n, 'Group', CASE WHEN n % 4 <> 0 THEN 'ns desc ' || n END,
       CASE WHEN n % 5 <> 0 THEN '<p>ns ' || n || '</p>' END, CASE WHEN n % 7 <> 0 THEN 100 + n END
FROM generate_series(1, 1500) n;

-- details 1..1600 with every 12th id missing (1501..1600 have no namespace: the join skips them);
-- each field is NULL or a value of its own, by independent patterns
INSERT INTO namespace_details (namespace_id, created_at, updated_at, description, description_html, cached_markdown_version)
SELECT n, timestamptz '2020-01-01 00:00+00', timestamptz '2020-01-02 00:00+00',
       CASE WHEN n % 2 = 0 THEN 'own desc ' || n END, CASE WHEN n % 3 = 0 THEN '<p>own ' || n || '</p>' END,
       CASE WHEN n % 6 = 1 THEN 1 END
FROM generate_series(1, 1600) n WHERE n % 12 <> 5;

CREATE TABLE original_details AS SELECT * FROM namespace_details;
