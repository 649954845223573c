-- each status is its original minus 'experiments', and nothing else of the row changed; no row is lost
SELECT d.user_id FROM original_details o JOIN user_details d ON d.user_id = o.user_id
WHERE d.onboarding_status IS DISTINCT FROM (o.onboarding_status - 'experiments')
   OR d.bio IS DISTINCT FROM o.bio OR d.updated_at IS DISTINCT FROM o.updated_at
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM user_details) <> (SELECT count(*) FROM original_details)
