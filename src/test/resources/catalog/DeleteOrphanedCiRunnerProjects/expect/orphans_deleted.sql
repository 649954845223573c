-- no runner project whose runner is gone remains
SELECT p.id, p.runner_id FROM ci_runner_projects p
WHERE NOT EXISTS (SELECT 1 FROM ci_runners r WHERE r.id = p.runner_id)
