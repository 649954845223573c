-- every need that had no project_id and whose build exists (same id and partition) has the build's project_id
SELECT n.id, n.project_id FROM ci_build_needs n JOIN original_ci_build_needs o USING (id)
JOIN p_ci_builds b ON b.id = n.build_id AND b.partition_id = n.partition_id
WHERE o.project_id IS NULL AND n.project_id IS DISTINCT FROM b.project_id
