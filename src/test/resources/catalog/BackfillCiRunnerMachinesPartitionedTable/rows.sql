-- ids 1..3200, every 11th missing; runner_type 1, 2, 3 in turn; sharding_key_id NULL on every third
-- and every 7th (group and project rows without one are not copied: they would fail the partition's check)
INSERT INTO ci_runner_machines (id, runner_id, sharding_key_id, created_at, updated_at, runner_type, config, system_xid, platform, version, ip_address)
SELECT g, g % 300, CASE WHEN g % 3 = 1 OR g % 7 = 0 THEN NULL ELSE 100 + g % 40 END,
       timestamptz '2024-01-01 00:00+00' + g * interval '1 minute', timestamptz '2024-02-01 00:00+00', 1 + g % 3,
       CASE WHEN g % 4 = 0 THEN '{"gpus": "all"}'::jsonb ELSE '{}'::jsonb END, 'sys-' || g, 'linux', '17.9.0', CASE WHEN g % 2 = 0 THEN '10.0.0.' || g % 250 END
FROM generate_series(1, 3200) g WHERE g % 11 <> 0;
-- rows the sync trigger already copied, with a system_xid of their own: ON CONFLICT DO NOTHING keeps them
INSERT INTO ci_runner_machines_687967fa8a (id, runner_id, sharding_key_id, created_at, updated_at, runner_type, system_xid)
SELECT id, runner_id, sharding_key_id, created_at, updated_at, runner_type, 'synced-' || id FROM ci_runner_machines WHERE id % 13 = 0 AND (runner_type = 1 OR sharding_key_id IS NOT NULL);
CREATE TABLE dst_before AS SELECT * FROM ci_runner_machines_687967fa8a;
