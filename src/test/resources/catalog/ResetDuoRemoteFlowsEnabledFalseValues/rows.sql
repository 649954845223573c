-- settings for projects 1..2600 with every 7th missing; duo_remote_flows_enabled by n % 3: false, true, NULL
INSERT INTO project_settings (project_id, created_at, updated_at, duo_remote_flows_enabled)
SELECT n, timestamptz '2024-01-01 00:00+00', timestamptz '2024-01-02 00:00+00',
       CASE n % 3 WHEN 0 THEN false WHEN 1 THEN true END
FROM generate_series(1, 2600) n WHERE n % 7 <> 3;

CREATE TABLE original_settings AS SELECT * FROM project_settings;
