-- Terminated workspaces and workspaces on versions 1 and 3 keep their values; no workspace is lost
SELECT o.id FROM original_workspaces o LEFT JOIN workspaces w ON w.id = o.id
WHERE w.id IS NULL
   OR (NOT (o.config_version = 2 AND o.actual_state <> 'Terminated')
       AND (w.config_version <> o.config_version OR w.force_include_all_resources <> o.force_include_all_resources
            OR w.updated_at <> o.updated_at))
