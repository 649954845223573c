-- no project setting has auto_duo_code_review_enabled = false any more
SELECT project_id FROM project_settings WHERE auto_duo_code_review_enabled = false
