-- no push rule without a project remains
SELECT id FROM push_rules WHERE project_id IS NULL
