-- tokens 1..3000 except every 7th id; expires_at NULL on every third, a date in the past or future on the
-- others; updated_at an old fixed time
INSERT INTO personal_access_tokens (id, user_id, name, expires_at, created_at, updated_at, organization_id)
SELECT g, 1 + g % 50, 'token-' || g, CASE WHEN g % 3 <> 0 THEN DATE '2024-01-01' + (g % 900) END,
       '2023-01-01', '2023-01-01', 1
FROM generate_series(1, 3000) g WHERE g % 7 <> 0;

CREATE TABLE original_tokens AS SELECT * FROM personal_access_tokens;
