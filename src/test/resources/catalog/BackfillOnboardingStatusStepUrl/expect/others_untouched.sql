-- details of users not onboarding, or already holding a step_url, are unchanged; no row lost
SELECT o.user_id FROM original_details o LEFT JOIN user_details d ON d.user_id = o.user_id
JOIN users u ON u.id = o.user_id
WHERE d.user_id IS NULL OR d.onboarding_step_url IS DISTINCT FROM o.onboarding_step_url
   OR ((NOT u.onboarding_in_progress OR (o.onboarding_status->'step_url') IS NOT NULL)
       AND d.onboarding_status IS DISTINCT FROM o.onboarding_status)
