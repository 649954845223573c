-- the cutoff as the Ruby computes it: 1.month.ago.beginning_of_day in UTC, as UTC wall time
CREATE TABLE cutoff AS
SELECT date_trunc('day', (now() AT TIME ZONE 'UTC') - interval '1 month') AS at;

-- tokens 1..24000 with every 7th id missing (three jobs of 10,000 ids): every 3rd never revoked
-- (revoked_at NULL: kept), the others revoked from about 100 days ago up to now; id 12000 revoked
-- exactly at the cutoff (kept: the range is exclusive), id 12001 one microsecond before it (archived)
INSERT INTO oauth_access_tokens (id, resource_owner_id, application_id, token, refresh_token, expires_in,
                                 revoked_at, created_at, scopes, organization_id)
SELECT g, CASE WHEN g % 11 = 0 THEN NULL ELSE g % 97 END, g % 5, 'token-' || g,
       CASE WHEN g % 4 = 0 THEN NULL ELSE 'refresh-' || g END, CASE WHEN g % 10 = 0 THEN 60 ELSE 7200 END,
       CASE WHEN g = 12000 THEN c.at WHEN g = 12001 THEN c.at - interval '1 microsecond'
            WHEN g % 3 = 0 THEN NULL
            ELSE c.at + (g - 12000) * interval '6 minutes' END,
       c.at - interval '200 days' + g * interval '1 minute', 'api read_user', 1
FROM generate_series(1, 24000) g, cutoff c WHERE g % 7 <> 0;

-- a token archived earlier (another id): left alone
INSERT INTO oauth_access_token_archived_records (id, token, expires_in, revoked_at, created_at, organization_id, archived_at)
VALUES (900000, 'old', 7200, timestamp '2019-01-01', timestamp '2018-01-01', 1, timestamptz '2020-01-01 00:00:00+00');

CREATE TABLE original_oauth_access_tokens AS SELECT * FROM oauth_access_tokens;
