-- logs that had a key, or whose hook is gone, are as they were; none is lost
SELECT l.id FROM original_logs o JOIN web_hook_logs_daily l ON l.id = o.id AND l.created_at = o.created_at
WHERE (o.organization_id IS NOT NULL OR o.project_id IS NOT NULL OR o.group_id IS NOT NULL
       OR NOT EXISTS (SELECT 1 FROM web_hooks h WHERE h.id = o.web_hook_id))
  AND (l.organization_id IS DISTINCT FROM o.organization_id OR l.project_id IS DISTINCT FROM o.project_id
       OR l.group_id IS DISTINCT FROM o.group_id)
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM web_hook_logs_daily) <> (SELECT count(*) FROM original_logs)
