-- 6,000 user_details rows, user_ids 1..6500 with every 13th missing (gaps); by user_id % 6:
--   0: onboarding_status {} and a restore value (true/false alternating by user_id % 4): gets email_opt_in;
--   1: a step_url and a restore value: gets email_opt_in, keeps step_url;
--   2: email_opt_in already set (the opposite value): left alone;
--   3: a restore value of NULL: left alone;
--   4: not in the temporary table: left alone;
--   5: email_opt_in already null in the JSON (the key exists): left alone.
INSERT INTO user_details (user_id, onboarding_status, updated_at)
SELECT g, CASE g % 6 WHEN 0 THEN '{}'::jsonb
                    WHEN 1 THEN '{"step_url": "/users/sign_up/welcome"}'::jsonb
                    WHEN 2 THEN jsonb_build_object('step_url', '/x', 'email_opt_in', g % 4 <> 0)
                    WHEN 5 THEN '{"email_opt_in": null}'::jsonb
                    ELSE '{"step_url": "/y"}'::jsonb END,
       timestamptz '2024-01-01 00:00+00' + g * interval '1 minute'
FROM generate_series(1, 6500) g WHERE g % 13 <> 0;

INSERT INTO temp_user_details_issue18240 (gitlab_dotcom_id, restore_value)
SELECT g, CASE WHEN g % 6 = 3 THEN NULL ELSE g % 4 = 0 END
FROM generate_series(1, 6500) g WHERE g % 6 <> 4;

CREATE TABLE bbm_case_user_details_before AS SELECT * FROM user_details;
