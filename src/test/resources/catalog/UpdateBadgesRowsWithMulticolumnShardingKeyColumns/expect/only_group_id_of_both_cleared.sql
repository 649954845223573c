-- badges that had both lose group_id and keep project_id; all others (and updated_at) stay; none is lost
SELECT o.id FROM original_badges o LEFT JOIN badges b USING (id)
WHERE b.id IS NULL OR b.updated_at IS DISTINCT FROM o.updated_at OR b.project_id IS DISTINCT FROM o.project_id
   OR b.group_id IS DISTINCT FROM (CASE WHEN o.project_id IS NOT NULL THEN NULL ELSE o.group_id END)
