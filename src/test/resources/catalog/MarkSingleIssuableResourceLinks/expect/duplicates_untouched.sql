-- links with duplicates keep is_unique and updated_at as they were, and no link is lost
SELECT o.id FROM original_links o LEFT JOIN issuable_resource_links l ON l.id = o.id
WHERE l.id IS NULL
   OR (o.group_size > 1 AND (l.is_unique IS DISTINCT FROM o.is_unique OR l.updated_at <> o.updated_at))
