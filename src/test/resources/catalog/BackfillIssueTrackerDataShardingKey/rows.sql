-- integrations 1..2600: project ones (id % 3 = 0), group ones (id % 3 = 1), instance-level ones with
-- an organization (id % 3 = 2); every 17th has none of the three (the Ruby's update changes nothing).
-- Integrations whose id is a multiple of 13 are gone.
INSERT INTO integrations (id, project_id, group_id, organization_id, instance, type_new)
SELECT n,
       CASE WHEN n % 17 <> 0 AND n % 3 = 0 THEN 100000 + n END,
       CASE WHEN n % 17 <> 0 AND n % 3 = 1 THEN 200000 + n END,
       CASE WHEN n % 17 <> 0 AND n % 3 = 2 THEN 1 END,
       n % 3 = 2, 'Integrations::Redmine'
FROM generate_series(1, 2600) n WHERE n % 13 <> 0;

-- issue tracker data 1..2600 with every 11th missing; row n belongs to integration n, except every
-- 10th, which belongs to an instance integration (integration_id NULL); every 9th already has a
-- sharding key of its own, which must stay.
INSERT INTO issue_tracker_data (id, created_at, updated_at, encrypted_project_url, integration_id,
                                instance_integration_id, project_id, group_id, organization_id)
SELECT n, timestamptz '2024-01-01 00:00+00', timestamptz '2024-02-01 00:00+00' + n * interval '1 minute', 'enc' || n,
       CASE WHEN n % 10 <> 0 THEN n END, CASE WHEN n % 10 = 0 THEN n END,
       CASE WHEN n % 9 = 0 AND n % 2 = 0 THEN 7 END, CASE WHEN n % 9 = 0 AND n % 2 = 1 THEN 8 END, NULL
FROM generate_series(1, 2600) n WHERE n % 11 <> 0;

CREATE TABLE bbm_case_before AS SELECT * FROM issue_tracker_data;
