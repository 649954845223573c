-- hooks 1..60: project hooks (g % 3 = 0), group hooks (1), system hooks with an organization (2)
INSERT INTO web_hooks (id, project_id, group_id, organization_id, type)
SELECT h, CASE WHEN h % 3 = 0 THEN 500 + h END, CASE WHEN h % 3 = 1 THEN 600 + h END,
       CASE WHEN h % 3 = 2 THEN 1 END, CASE h % 3 WHEN 0 THEN 'ProjectHook' WHEN 1 THEN 'GroupHook' ELSE 'SystemHook' END
FROM generate_series(1, 60) h;

-- logs 1..1500 with every 9th id missing, created over several days; log g belongs to hook (g % 70) + 1,
-- so hooks 61..70 are gone (the Ruby's inner join leaves those logs NULL); every 5th log already has a
-- project_id of its own (not all NULL: left alone).
INSERT INTO web_hook_logs_daily (id, web_hook_id, trigger, url, response_status, updated_at, created_at, project_id)
SELECT g, (g % 70) + 1, 'push_hooks', 'https://example.com/' || g, '200', timestamp '2026-01-01',
       timestamp '2026-01-01' + (g % 4) * interval '1 day', CASE WHEN g % 5 = 0 THEN 31337 END
FROM generate_series(1, 1500) g WHERE g % 9 <> 0;

CREATE TABLE original_logs AS SELECT * FROM web_hook_logs_daily;
