-- workspaces 1..700 with every 6th id missing; config_version cycles 1, 1, 2, 1, 3 (by id % 5); actual_state cycles
-- Running, Stopped, Terminated, CreationRequested, Failed, Terminated, Unknown (by id % 7); force_include_all_resources
-- is false on every row, so a change shows
INSERT INTO workspaces (id, created_at, updated_at, user_id, project_id, cluster_agent_id, desired_state_updated_at,
  name, namespace, desired_state, actual_state, force_include_all_resources, workspaces_agent_config_version,
  config_version, project_ref)
SELECT w, timestamptz '2023-01-01 00:00:00+00', timestamptz '2023-01-01 00:00:00+00', 1, 1, 1,
       timestamptz '2023-01-01 00:00:00+00', 'ws-' || w, 'gl-ws-' || w, 'Running',
       (ARRAY['Running', 'Stopped', 'Terminated', 'CreationRequested', 'Failed', 'Terminated', 'Unknown'])[w % 7 + 1],
       false, 1, (ARRAY[1, 1, 2, 1, 3])[w % 5 + 1], 'main'
FROM generate_series(1, 700) w WHERE w % 6 <> 0;

CREATE TABLE original_workspaces AS SELECT * FROM workspaces;
