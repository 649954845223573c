-- instance and group runners, and project runners whose sharding key has its runner_projects row,
-- are unchanged and keep their runner managers
SELECT b.id FROM bbm_case_runners_before b
LEFT JOIN ci_runners r ON r.id = b.id
WHERE (b.runner_type <> 3
       OR EXISTS (SELECT 1 FROM ci_runner_projects p WHERE p.runner_id = b.id AND p.project_id = b.sharding_key_id))
  AND (r.id IS NULL OR (r.*)::text <> (b.*)::text
       OR NOT EXISTS (SELECT 1 FROM ci_runner_machines m WHERE m.runner_id = b.id))
