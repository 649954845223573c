-- every link that is alone in its (issue_id, link) group is marked unique; updated_at moves only if it changed
SELECT o.id, l.is_unique, l.updated_at FROM original_links o JOIN issuable_resource_links l ON l.id = o.id
WHERE o.group_size = 1
  AND (l.is_unique IS DISTINCT FROM true
       OR (o.is_unique IS TRUE AND l.updated_at <> o.updated_at)
       OR (o.is_unique IS NOT TRUE AND l.updated_at = o.updated_at))
