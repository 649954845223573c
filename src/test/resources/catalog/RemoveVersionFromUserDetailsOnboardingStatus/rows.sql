-- users 1..3500 with every 7th user_id missing; by g % 5: 0 the default '{}', 1 a status with 'version'
-- and other keys, 2 a status without it, 3 only 'version', 4 'version' nested under another key (not a top-level
-- key: left alone)
INSERT INTO user_details (user_id, bio, onboarding_status, updated_at)
SELECT g, 'bio ' || g,
       CASE g % 5 WHEN 0 THEN '{}'::jsonb
                  WHEN 1 THEN jsonb_build_object('step_url', '/welcome', 'version', g, 'role', 1)
                  WHEN 2 THEN jsonb_build_object('step_url', '/welcome', 'role', 2)
                  WHEN 3 THEN jsonb_build_object('version', 'x')
                  ELSE jsonb_build_object('nested', jsonb_build_object('version', 1)) END,
       timestamptz '2020-01-01 00:00+00'
FROM generate_series(1, 3500) g WHERE g % 7 <> 0;

CREATE TABLE original_details AS SELECT * FROM user_details;
