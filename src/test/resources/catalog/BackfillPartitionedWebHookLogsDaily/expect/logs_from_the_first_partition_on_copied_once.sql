-- each log created at or after the first partition's lower bound (2026-03-01) has exactly one copy with
-- its values, and no older log is copied
SELECT l.id, l.created_at, count(d.url) AS copies
FROM web_hook_logs l
LEFT JOIN web_hook_logs_daily d
  ON d.url = l.url AND d.created_at = l.created_at AND d.updated_at = l.updated_at
 AND d.web_hook_id = l.web_hook_id AND d.trigger = l.trigger AND d.request_headers = l.request_headers
 AND d.request_data = l.request_data AND d.response_headers = l.response_headers
 AND d.response_body IS NOT DISTINCT FROM l.response_body AND d.response_status = l.response_status
 AND d.execution_duration = l.execution_duration
 AND d.internal_error_message IS NOT DISTINCT FROM l.internal_error_message AND d.url_hash = l.url_hash
GROUP BY l.id, l.created_at
HAVING count(d.url) <> CASE WHEN l.created_at >= timestamp '2026-03-01 00:00:00' THEN 1 ELSE 0 END
