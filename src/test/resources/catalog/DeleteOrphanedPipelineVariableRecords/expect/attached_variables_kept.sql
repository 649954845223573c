-- every variable of an existing pipeline is still there
SELECT e.id FROM expected_variables e
WHERE NOT EXISTS (SELECT 1 FROM p_ci_pipeline_variables v WHERE v.id = e.id)
