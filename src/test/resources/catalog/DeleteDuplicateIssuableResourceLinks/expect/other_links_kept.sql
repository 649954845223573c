-- every link that is unique or unmarked (NULL) is still there
SELECT g AS id FROM generate_series(1, 3000) g
WHERE g % 7 <> 0 AND g % 3 <> 0 AND NOT EXISTS (SELECT 1 FROM issuable_resource_links l WHERE l.id = g)
