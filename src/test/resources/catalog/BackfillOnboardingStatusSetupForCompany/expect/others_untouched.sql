-- details with a setup_for_company key (JSON null included), without a preference, or whose preference is
-- NULL keep onboarding_status as it was; none is lost
SELECT o.user_id FROM original_details o LEFT JOIN user_details d USING (user_id) LEFT JOIN user_preferences p USING (user_id)
WHERE d.user_id IS NULL
   OR (NOT ((o.onboarding_status->'setup_for_company') IS NULL AND p.setup_for_company IS NOT NULL)
       AND d.onboarding_status IS DISTINCT FROM o.onboarding_status)
