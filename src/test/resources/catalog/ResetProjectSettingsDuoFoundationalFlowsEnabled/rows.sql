-- 1..3000 with every 8th project_id missing: true, false or NULL
INSERT INTO project_settings (project_id, created_at, updated_at, duo_features_enabled, duo_foundational_flows_enabled)
SELECT g, timestamptz '2020-01-01 00:00+00', timestamptz '2020-01-02 00:00+00', g % 2 = 0,
       CASE g % 3 WHEN 0 THEN true WHEN 1 THEN false END
FROM generate_series(1, 3000) g WHERE g % 8 <> 0;
CREATE TABLE original_settings AS SELECT * FROM project_settings;
