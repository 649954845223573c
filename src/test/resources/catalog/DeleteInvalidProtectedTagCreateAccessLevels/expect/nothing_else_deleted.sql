-- exactly the invalid group levels were deleted (counts)
SELECT 1 WHERE (SELECT count(*) FROM original_levels o
                WHERE NOT EXISTS (SELECT 1 FROM protected_tag_create_access_levels a WHERE a.id = o.id))
            <> (SELECT count(*) FROM original_levels o JOIN protected_tags p ON p.id = o.protected_tag_id
                WHERE o.group_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM project_group_links l
                                  WHERE l.group_id = o.group_id AND l.project_id = p.project_id))
