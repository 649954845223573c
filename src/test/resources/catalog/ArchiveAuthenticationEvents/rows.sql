-- the cutoff as the Ruby computes it (UTC): the start of today, one year back
CREATE TABLE cutoff AS
SELECT (date_trunc('day', now() AT TIME ZONE 'UTC') - interval '1 year') AT TIME ZONE 'UTC' AS at;

-- events 1..3000 with every 7th id missing, created from about two years ago up to now (id 1 oldest),
-- so roughly half are at or before the cutoff; id 1500 exactly at the cutoff (archived: the range is
-- inclusive), id 1501 one microsecond after it (kept); some with NULL user_id and ip_address
INSERT INTO authentication_events (id, created_at, user_id, result, ip_address, provider, user_name)
SELECT g, CASE WHEN g = 1500 THEN c.at WHEN g = 1501 THEN c.at + interval '1 microsecond'
               ELSE c.at + (g - 1500) * interval '6 hours' END,
       CASE WHEN g % 11 = 0 THEN NULL ELSE g % 50 END, g % 3,
       CASE WHEN g % 5 = 0 THEN NULL ELSE ('10.0.' || (g % 250) || '.' || (g % 200))::inet END,
       CASE WHEN g % 2 = 0 THEN 'standard' ELSE 'ldapmain' END, 'user' || g
FROM generate_series(1, 3000) g, cutoff c WHERE g % 7 <> 0;

-- an event archived earlier (another id): left alone
INSERT INTO authentication_event_archived_records (id, created_at, user_id, result, ip_address, provider, user_name, archived_at)
VALUES (900000, timestamptz '2019-01-01 00:00:00+00', 1, 0, NULL, 'standard', 'old', timestamptz '2020-01-01 00:00:00+00');

CREATE TABLE original_authentication_events AS SELECT * FROM authentication_events;
