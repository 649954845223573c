-- 1,500 logs (ids with gaps), one every 29 minutes from 2026-02-20 to 2026-03-22: those before
-- 2026-03-01 (the first partition's lower bound) are not copied; each log's url is its own
INSERT INTO web_hook_logs (id, web_hook_id, trigger, url, request_headers, request_data, response_headers,
  response_body, response_status, execution_duration, internal_error_message, updated_at, created_at, url_hash)
SELECT g * 3 + g % 2, 10 + g % 23, CASE WHEN g % 2 = 0 THEN 'push_hooks' ELSE 'issue_hooks' END,
  'https://hooks.example/' || g, '{"X-Gitlab-Event":"Push Hook"}', '{"n":' || g || '}', '{}',
  CASE WHEN g % 5 = 0 THEN NULL ELSE 'ok ' || g END, (200 + g % 3 * 100)::text, g / 7.0,
  CASE WHEN g % 11 = 0 THEN 'timeout' END,
  timestamp '2026-02-20 00:00:00' + g * interval '29 minutes' + interval '1 second',
  timestamp '2026-02-20 00:00:00' + g * interval '29 minutes', md5(g::text)
FROM generate_series(1, 1500) g;

-- a log the sync trigger wrote to the daily table before: the job leaves it alone
INSERT INTO web_hook_logs_daily (web_hook_id, trigger, url, updated_at, created_at)
VALUES (999, 'push_hooks', 'https://hooks.example/synced', '2026-03-05 10:00:00', '2026-03-05 10:00:00');
CREATE TABLE daily_before AS SELECT * FROM web_hook_logs_daily;
