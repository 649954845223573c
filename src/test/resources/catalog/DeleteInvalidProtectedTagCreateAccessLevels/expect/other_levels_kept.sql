-- every row that is not an invalid group level (no group, a linked group, or a missing protected_tags row) is still
-- there, unchanged
SELECT o.id FROM original_levels o LEFT JOIN protected_tag_create_access_levels a USING (id)
WHERE (o.group_id IS NULL
       OR NOT EXISTS (SELECT 1 FROM protected_tags p WHERE p.id = o.protected_tag_id)
       OR EXISTS (SELECT 1 FROM protected_tags p JOIN project_group_links l ON l.project_id = p.project_id
                  WHERE p.id = o.protected_tag_id AND l.group_id = o.group_id))
  AND (a.id IS NULL OR (a.*)::text IS DISTINCT FROM (o.*)::text)
