-- projects 1..1200 with project namespace 50000 + id; ids above 1200 do not exist
INSERT INTO projects (id, name, path, namespace_id, project_namespace_id)
SELECT p, 'p' || p, 'p' || p, 1, 50000 + p FROM generate_series(1, 1200) p;

-- repositories 1..1500 with every 9th id missing, of project id (the project is missing above 1200);
-- every 5th already has a namespace_id (a wrong one: overwritten when the project exists)
INSERT INTO design_management_repositories (id, project_id, created_at, updated_at, namespace_id)
SELECT r, r, timestamptz '2020-01-01 00:00:00+00', timestamptz '2020-01-02 00:00:00+00', CASE WHEN r % 5 = 0 THEN 7 END
FROM generate_series(1, 1500) r WHERE r % 9 <> 0;

-- a state for two repositories in three, with a stale namespace_id on every 4th; states of repositories
-- 1501..1600 (not in the table) keep what they have
INSERT INTO design_management_repository_states (design_management_repository_id, verification_state, namespace_id)
SELECT r, r % 3, CASE WHEN r % 4 = 0 THEN 8 END
FROM generate_series(1, 1600) r WHERE r % 3 <> 0 AND (r % 9 <> 0 OR r > 1500);

CREATE TABLE original_repositories AS SELECT * FROM design_management_repositories;
CREATE TABLE original_states AS SELECT * FROM design_management_repository_states;
