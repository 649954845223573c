-- no link marked is_unique = false remains
SELECT id FROM issuable_resource_links WHERE is_unique = false
