-- users in the temporary table with a restore value whose onboarding_status had no email_opt_in key
-- now have it set to that value, the rest of the JSON kept
SELECT b.user_id FROM bbm_case_user_details_before b
JOIN temp_user_details_issue18240 t ON t.gitlab_dotcom_id = b.user_id
JOIN user_details u ON u.user_id = b.user_id
WHERE t.restore_value IS NOT NULL AND NOT jsonb_exists(b.onboarding_status, 'email_opt_in')
  AND u.onboarding_status <> b.onboarding_status || jsonb_build_object('email_opt_in', t.restore_value)
