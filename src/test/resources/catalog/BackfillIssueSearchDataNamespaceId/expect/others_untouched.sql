-- search rows without a matching issue keep their (NULL) namespace_id, updated_at is unchanged, no row is lost
SELECT o.project_id, o.issue_id FROM original_search_data o
LEFT JOIN issue_search_data d ON d.project_id = o.project_id AND d.issue_id = o.issue_id
WHERE d.issue_id IS NULL OR d.updated_at <> o.updated_at
   OR (NOT EXISTS (SELECT 1 FROM issues i WHERE i.id = o.issue_id AND i.project_id = o.project_id)
       AND d.namespace_id IS DISTINCT FROM o.namespace_id)
