-- every workspace that was at config_version 1 and not Terminated is at 2 with force_include_all_resources, updated_at kept
SELECT o.id FROM original_workspaces o
WHERE o.config_version = 1 AND o.actual_state <> 'Terminated'
  AND NOT EXISTS (SELECT 1 FROM workspaces w WHERE w.id = o.id AND w.config_version = 2
                  AND w.force_include_all_resources AND w.updated_at = o.updated_at)
