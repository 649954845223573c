-- group and project runner managers that had no organization now have organization 1
SELECT id, runner_type, organization_id FROM ci_runner_machines
WHERE runner_type <> 1 AND id IN (SELECT id FROM bbm_case_before WHERE organization_id IS NULL)
  AND organization_id IS DISTINCT FROM 1
