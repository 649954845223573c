-- links 1..3000 (every 7th id missing) on issues 1 + id / 3; is_unique by id % 3: 0 false (deleted), 1 true,
-- 2 NULL (both stay)
INSERT INTO issuable_resource_links (id, issue_id, link, link_text, created_at, updated_at, is_unique)
SELECT g, 1 + g / 3, 'https://example.com/' || (g / 2), 'link', now(), now(),
       CASE g % 3 WHEN 0 THEN false WHEN 1 THEN true END
FROM generate_series(1, 3000) g WHERE g % 7 <> 0;
