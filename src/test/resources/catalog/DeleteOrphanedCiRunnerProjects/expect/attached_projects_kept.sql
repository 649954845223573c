-- every runner project of an existing runner is still there
SELECT o.id FROM original_runner_projects o
WHERE EXISTS (SELECT 1 FROM ci_runners r WHERE r.id = o.runner_id)
  AND NOT EXISTS (SELECT 1 FROM ci_runner_projects p WHERE p.id = o.id)
