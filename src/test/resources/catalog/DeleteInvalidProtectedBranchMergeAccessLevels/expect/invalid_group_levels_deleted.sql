-- no protected_branch_merge_access_levels row with a group remains whose protected_branches row exists and whose project has no link to that group
SELECT a.id FROM protected_branch_merge_access_levels a JOIN protected_branches p ON p.id = a.protected_branch_id
WHERE a.group_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM project_group_links l WHERE l.group_id = a.group_id AND l.project_id = p.project_id)
