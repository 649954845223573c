-- details of onboarding users without a step_url key now hold exactly {"step_url": onboarding_step_url}
SELECT d.user_id FROM user_details d JOIN original_details o ON o.user_id = d.user_id JOIN users u ON u.id = d.user_id
WHERE u.onboarding_in_progress AND (o.onboarding_status->'step_url') IS NULL
  AND d.onboarding_status IS DISTINCT FROM jsonb_build_object('step_url', o.onboarding_step_url)
