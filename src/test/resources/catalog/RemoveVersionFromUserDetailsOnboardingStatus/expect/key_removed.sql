-- no onboarding_status has a top-level 'version' key left
SELECT user_id FROM user_details WHERE jsonb_exists(onboarding_status, 'version')
