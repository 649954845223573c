-- details for users 1..2600 with every 9th missing; onboarding_status by u % 5: NULL, {}, other keys,
-- setup_for_company already true/false (kept), setup_for_company as JSON null (-> is not SQL NULL: kept)
INSERT INTO user_details (user_id, onboarding_status)
SELECT u, CASE u % 5 WHEN 0 THEN NULL WHEN 1 THEN '{}'::jsonb WHEN 2 THEN '{"step_url": "/x", "version": 1}'::jsonb
  WHEN 3 THEN jsonb_build_object('setup_for_company', u % 2 = 0) ELSE '{"setup_for_company": null}'::jsonb END
FROM generate_series(1, 2600) u WHERE u % 9 <> 4;

-- preferences for users 1..2400 (2401..2600 have none: inner join skips them); setup_for_company by u % 3:
-- true, false, NULL (skipped)
INSERT INTO user_preferences (id, user_id, setup_for_company)
SELECT u + 50000, u, CASE u % 3 WHEN 0 THEN true WHEN 1 THEN false END FROM generate_series(1, 2400) u;

CREATE TABLE original_details AS SELECT * FROM user_details;
