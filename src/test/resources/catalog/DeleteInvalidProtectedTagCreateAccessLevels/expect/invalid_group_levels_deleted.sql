-- no protected_tag_create_access_levels row with a group remains whose protected_tags row exists and whose project has no link to that group
SELECT a.id FROM protected_tag_create_access_levels a JOIN protected_tags p ON p.id = a.protected_tag_id
WHERE a.group_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM project_group_links l WHERE l.group_id = a.group_id AND l.project_id = p.project_id)
