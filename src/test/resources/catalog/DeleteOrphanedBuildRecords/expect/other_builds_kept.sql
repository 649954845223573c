-- builds whose pipeline exists, and builds without a commit_id, stay exactly as they were
SELECT o.id, o.partition_id FROM bbm_case_builds_before o
LEFT JOIN p_ci_builds b ON b.id = o.id AND b.partition_id = o.partition_id
WHERE (o.commit_id IS NULL
       OR EXISTS (SELECT 1 FROM p_ci_pipelines p WHERE p.id = o.commit_id AND p.partition_id = o.partition_id))
  AND (b.id IS NULL OR (b.*)::text <> (o.*)::text)
