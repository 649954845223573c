-- project runners whose sharding key had no ci_runner_projects row but that have another one now
-- have the project of their runner_projects row with the lowest id; updated_at is untouched
SELECT b.id FROM bbm_case_runners_before b
LEFT JOIN ci_runners r ON r.id = b.id
WHERE b.runner_type = 3
  AND NOT EXISTS (SELECT 1 FROM ci_runner_projects p WHERE p.runner_id = b.id AND p.project_id = b.sharding_key_id)
  AND EXISTS (SELECT 1 FROM ci_runner_projects p WHERE p.runner_id = b.id)
  AND (r.id IS NULL OR r.updated_at <> b.updated_at
       OR r.sharding_key_id IS DISTINCT FROM (SELECT p.project_id FROM ci_runner_projects p
                                              WHERE p.runner_id = b.id ORDER BY p.id LIMIT 1))
