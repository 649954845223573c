-- settings of projects 1..60000 with every 7th id missing (two jobs of 50,000 ids): auto_duo_code_review_enabled
-- false, true or NULL in turn
INSERT INTO project_settings (project_id, created_at, updated_at, auto_duo_code_review_enabled)
SELECT p, timestamptz '2020-01-01 00:00:00+00', timestamptz '2020-01-02 00:00:00+00',
       CASE p % 3 WHEN 0 THEN false WHEN 1 THEN true END
FROM generate_series(1, 60000) p WHERE p % 7 <> 0;
