-- every log whose three keys were NULL and whose hook exists has the hook's three keys
SELECT l.id FROM original_logs o JOIN web_hook_logs_daily l ON l.id = o.id AND l.created_at = o.created_at
JOIN web_hooks h ON h.id = o.web_hook_id
WHERE o.organization_id IS NULL AND o.project_id IS NULL AND o.group_id IS NULL
  AND (l.organization_id IS DISTINCT FROM h.organization_id OR l.project_id IS DISTINCT FROM h.project_id
       OR l.group_id IS DISTINCT FROM h.group_id)
