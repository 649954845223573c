-- no setting keeps a duo_foundational_flows_enabled value
SELECT project_id FROM project_settings WHERE duo_foundational_flows_enabled IS NOT NULL
