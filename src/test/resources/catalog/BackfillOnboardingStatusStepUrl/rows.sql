-- 3000 users with gaps; every 3rd is onboarding
INSERT INTO users (id, email, onboarding_in_progress)
SELECT g, 'u' || g || '@example.com', g % 3 = 0 FROM generate_series(1, 3500) g WHERE g % 7 <> 0;
-- details for most users: status empty, NULL, holding other keys, or already holding a step_url; step url set or NULL
INSERT INTO user_details (user_id, onboarding_step_url, onboarding_status)
SELECT id, CASE WHEN id % 11 = 0 THEN NULL ELSE '/users/sign_up/step' || id END,
       CASE id % 4 WHEN 0 THEN '{}'::jsonb WHEN 1 THEN NULL WHEN 2 THEN '{"role": 1}'::jsonb
                   ELSE '{"step_url": "/kept"}'::jsonb END
FROM users WHERE id % 13 <> 0;
CREATE TABLE original_details AS SELECT * FROM user_details;
