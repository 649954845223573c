-- Terminated workspaces and those at another config_version are unchanged, and no workspace is lost
SELECT o.id FROM original_workspaces o
WHERE NOT (o.config_version = 1 AND o.actual_state <> 'Terminated')
  AND NOT EXISTS (SELECT 1 FROM workspaces w WHERE w.id = o.id AND w.config_version = o.config_version
                  AND w.force_include_all_resources = o.force_include_all_resources
                  AND w.actual_state = o.actual_state AND w.updated_at = o.updated_at)
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM workspaces) <> (SELECT count(*) FROM original_workspaces)
