-- every push rule of a project is still there, unchanged
SELECT o.id FROM original_rules o LEFT JOIN push_rules p USING (id)
WHERE o.project_id IS NOT NULL AND (p.id IS NULL OR (p.*)::text IS DISTINCT FROM (o.*)::text)
