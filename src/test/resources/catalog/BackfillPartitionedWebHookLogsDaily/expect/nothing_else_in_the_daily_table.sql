-- the daily table holds the rows it had and copies of logs, nothing else; the row it had is unchanged
SELECT d.id, d.url FROM web_hook_logs_daily d
WHERE NOT EXISTS (SELECT 1 FROM web_hook_logs l WHERE l.url = d.url AND l.created_at = d.created_at)
  AND NOT EXISTS (SELECT 1 FROM daily_before b WHERE b.id = d.id AND b.url = d.url AND b.created_at = d.created_at)
UNION ALL
SELECT b.id, b.url FROM daily_before b
WHERE NOT EXISTS (SELECT 1 FROM web_hook_logs_daily d WHERE d.id = b.id AND d.url = b.url AND d.created_at = b.created_at)
