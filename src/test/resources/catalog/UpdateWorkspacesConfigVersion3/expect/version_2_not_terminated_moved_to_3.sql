-- every workspace that was on config version 2 and not Terminated is on version 3 with force_include_all_resources
SELECT w.id, w.config_version, w.force_include_all_resources FROM workspaces w JOIN original_workspaces o ON o.id = w.id
WHERE o.config_version = 2 AND o.actual_state <> 'Terminated'
  AND (w.config_version <> 3 OR NOT w.force_include_all_resources OR w.updated_at <> o.updated_at)
