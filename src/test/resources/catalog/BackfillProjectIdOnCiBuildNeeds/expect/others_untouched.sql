-- needs that had a project_id keep it; needs without a matching build stay NULL
SELECT n.id FROM ci_build_needs n JOIN original_ci_build_needs o USING (id)
WHERE (o.project_id IS NOT NULL AND n.project_id IS DISTINCT FROM o.project_id)
   OR (o.project_id IS NULL AND n.project_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM p_ci_builds b WHERE b.id = n.build_id AND b.partition_id = n.partition_id))
