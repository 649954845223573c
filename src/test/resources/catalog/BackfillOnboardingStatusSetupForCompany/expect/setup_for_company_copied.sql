-- a detail that had no setup_for_company key, of a user whose preference has one, now carries it, other
-- keys kept
SELECT d.user_id FROM user_details d JOIN original_details o USING (user_id) JOIN user_preferences p USING (user_id)
WHERE (o.onboarding_status->'setup_for_company') IS NULL AND p.setup_for_company IS NOT NULL
  AND d.onboarding_status IS DISTINCT FROM COALESCE(o.onboarding_status, '{}'::jsonb) || jsonb_build_object('setup_for_company', p.setup_for_company)
