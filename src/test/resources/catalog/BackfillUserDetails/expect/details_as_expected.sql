-- existing details are unchanged, new ones carry only defaults, and none exist without a user except 5000
SELECT d.user_id FROM user_details d LEFT JOIN orig_details o ON o.user_id = d.user_id
WHERE (o.user_id IS NOT NULL AND (d.job_title <> o.job_title OR d.bio <> o.bio))
   OR (o.user_id IS NULL AND (d.job_title <> '' OR d.bio <> '' OR d.onboarding_status <> '{}'::jsonb
                              OR NOT EXISTS (SELECT 1 FROM users u WHERE u.id = d.user_id)))
UNION ALL
SELECT o.user_id FROM orig_details o WHERE NOT EXISTS (SELECT 1 FROM user_details d WHERE d.user_id = o.user_id)
