-- rows with an email_opt_in key (even a null one), without a restore value or not in the temporary
-- table are unchanged; updated_at is never touched; no row appears or disappears
SELECT b.user_id FROM bbm_case_user_details_before b
LEFT JOIN user_details u ON u.user_id = b.user_id
WHERE u.user_id IS NULL OR u.updated_at IS DISTINCT FROM b.updated_at
   OR ((jsonb_exists(b.onboarding_status, 'email_opt_in')
        OR NOT EXISTS (SELECT 1 FROM temp_user_details_issue18240 t
                       WHERE t.gitlab_dotcom_id = b.user_id AND t.restore_value IS NOT NULL))
       AND u.onboarding_status <> b.onboarding_status)
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM user_details) <> (SELECT count(*) FROM bbm_case_user_details_before)
