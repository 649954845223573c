-- ids 1..3200, every 11th missing; runner_type 1, 2, 3 in turn; sharding_key_id NULL on every third
-- and every 7th (group and project rows without one are not copied: they would fail the partition's check)
INSERT INTO ci_runners (id, creator_id, sharding_key_id, created_at, updated_at, runner_type, name, token_encrypted, description, allowed_plans)
SELECT g, g % 50, CASE WHEN g % 3 = 1 OR g % 7 = 0 THEN NULL ELSE 100 + g % 40 END,
       timestamptz '2024-01-01 00:00+00' + g * interval '1 minute', timestamptz '2024-02-01 00:00+00', 1 + g % 3,
       'runner-' || g, 'enc-' || g, CASE WHEN g % 4 = 0 THEN 'desc ' || g END, CASE WHEN g % 5 = 0 THEN '{bronze,silver}'::text[] ELSE '{}'::text[] END
FROM generate_series(1, 3200) g WHERE g % 11 <> 0;
-- rows the sync trigger already copied, with a name of their own: ON CONFLICT DO NOTHING keeps them
INSERT INTO ci_runners_e59bb2812d (id, sharding_key_id, created_at, updated_at, runner_type, name)
SELECT id, sharding_key_id, created_at, updated_at, runner_type, 'synced-' || id FROM ci_runners WHERE id % 13 = 0 AND (runner_type = 1 OR sharding_key_id IS NOT NULL);
CREATE TABLE dst_before AS SELECT * FROM ci_runners_e59bb2812d;
