-- project runners without any ci_runner_projects row are deleted, and their runner managers with them
SELECT b.id FROM bbm_case_runners_before b
WHERE b.runner_type = 3 AND NOT EXISTS (SELECT 1 FROM ci_runner_projects p WHERE p.runner_id = b.id)
  AND (EXISTS (SELECT 1 FROM ci_runners r WHERE r.id = b.id)
       OR EXISTS (SELECT 1 FROM ci_runner_machines m WHERE m.runner_id = b.id))
