-- Deploy tokens 1..1500 (every 9th id missing). t % 3 = 0: a project token; t % 3 = 1: a group token
-- (t % 15 = 1: both); t % 3 = 2: orphan (deleted), except every 7th orphan, which has a project row pointing at
-- another token id (still an orphan).
INSERT INTO deploy_tokens (id, expires_at, created_at, name, deploy_token_type)
SELECT t, now() + interval '1 year', now(), 'token-' || t, CASE WHEN t % 3 = 1 THEN 1 ELSE 2 END
FROM generate_series(1, 1500) t WHERE t % 9 <> 0;
INSERT INTO project_deploy_tokens (id, project_id, deploy_token_id, created_at)
SELECT t, 100 + t, t, now() FROM generate_series(1, 1500) t WHERE t % 9 <> 0 AND (t % 3 = 0 OR t % 15 = 1);
INSERT INTO project_deploy_tokens (id, project_id, deploy_token_id, created_at)
SELECT 10000 + t, 7, 90000 + t, now() FROM generate_series(1, 1500) t WHERE t % 3 = 2 AND t % 7 = 0;
INSERT INTO group_deploy_tokens (id, created_at, updated_at, group_id, deploy_token_id)
SELECT t, now(), now(), 200 + t, t FROM generate_series(1, 1500) t WHERE t % 9 <> 0 AND t % 3 = 1;
CREATE TABLE orig_tokens AS SELECT id FROM deploy_tokens;
