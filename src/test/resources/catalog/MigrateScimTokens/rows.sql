-- tokens 1..2500 with every 13th id missing; every 4th has no group (instance token: out of scope)
INSERT INTO scim_oauth_access_tokens (id, created_at, updated_at, group_id, token_encrypted)
SELECT n, timestamptz '2023-01-01 00:00+00' + n * interval '1 hour', timestamptz '2024-01-01 00:00+00' + n * interval '1 hour',
       CASE WHEN n % 4 <> 0 THEN 100 + n END, 'enc-token-' || n
FROM generate_series(1, 2500) n WHERE n % 13 <> 5;

-- some tokens were copied earlier (same token, other values: ON CONFLICT keeps them)
INSERT INTO group_scim_auth_access_tokens (group_id, created_at, updated_at, temp_source_id, token_encrypted)
SELECT 7, now(), now(), NULL, token_encrypted::bytea FROM scim_oauth_access_tokens
WHERE group_id IS NOT NULL AND id % 17 = 0;

CREATE TABLE original_group_tokens AS SELECT * FROM group_scim_auth_access_tokens;
