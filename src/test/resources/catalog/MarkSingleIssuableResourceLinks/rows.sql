-- issues 1..1500 (every 9th without links); issue i has 1 + i % 4 links; link k of issue i points at
-- 'https://example.com/<i>/<k % 2 if i % 5 = 0 else k>' (so issues with i % 5 = 0 and 3+ links have duplicates).
-- is_unique before: NULL, except every 7th row true and every 11th false. updated_at is 2024-01-01 everywhere.
INSERT INTO issuable_resource_links (issue_id, link, link_text, created_at, updated_at, is_unique)
SELECT i, 'https://example.com/' || i || '/' || CASE WHEN i % 5 = 0 THEN k % 2 ELSE k END, 'link',
       '2024-01-01'::timestamptz + k * interval '1 hour', '2024-01-01',
       CASE WHEN (i * 4 + k) % 7 = 0 THEN true WHEN (i * 4 + k) % 11 = 0 THEN false END
FROM generate_series(1, 1500) i, generate_series(1, 4) k WHERE k <= 1 + i % 4 AND i % 9 <> 0;
CREATE TABLE original_links AS
SELECT l.*, count(*) OVER (PARTITION BY issue_id, link) AS group_size FROM issuable_resource_links l;
