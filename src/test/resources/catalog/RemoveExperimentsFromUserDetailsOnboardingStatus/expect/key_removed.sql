-- no onboarding_status has a top-level 'experiments' key left
SELECT user_id FROM user_details WHERE jsonb_exists(onboarding_status, 'experiments')
