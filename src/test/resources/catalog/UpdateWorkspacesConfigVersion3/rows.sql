-- 600 workspaces with ids 1..700 (gaps): config versions 1, 2 and 3, some Terminated, force_include_all_resources
-- mostly false so the change is visible
INSERT INTO workspaces (id, created_at, updated_at, user_id, project_id, cluster_agent_id, desired_state_updated_at,
    name, namespace, desired_state, actual_state, config_version, force_include_all_resources,
    workspaces_agent_config_version, desired_config_generator_version, project_ref)
SELECT g, '2024-01-01', '2024-01-01', 1, 1, 1, '2024-01-01', 'ws-' || g, 'ns-' || g, 'Running',
       (ARRAY['Running', 'Stopped', 'Terminated', 'CreationRequested', 'Failed'])[1 + g % 5],
       CASE WHEN g % 6 = 0 THEN 1 WHEN g % 6 = 5 THEN 3 ELSE 2 END,
       g % 11 = 0, 1, 1, 'main'
FROM generate_series(1, 700) g WHERE g % 7 <> 0;
CREATE TABLE original_workspaces AS SELECT * FROM workspaces;
