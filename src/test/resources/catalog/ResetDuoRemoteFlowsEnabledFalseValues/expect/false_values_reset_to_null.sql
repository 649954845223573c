-- no setting is left false: every false becomes NULL
SELECT project_id FROM project_settings WHERE duo_remote_flows_enabled = false
