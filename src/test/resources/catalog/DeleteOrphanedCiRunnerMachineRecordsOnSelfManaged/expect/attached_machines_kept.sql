-- every machine whose runner (same id and type) exists is still there
SELECT o.id FROM original_machines o
WHERE EXISTS (SELECT 1 FROM ci_runners r WHERE r.id = o.runner_id AND r.runner_type = o.runner_type)
  AND NOT EXISTS (SELECT 1 FROM ci_runner_machines m WHERE m.id = o.id)
