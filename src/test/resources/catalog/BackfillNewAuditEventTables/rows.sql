-- 1..4000 with every 7th id missing; entity types Project, Group, User, the instance scope and one the
-- Ruby ignores; NULL details/targets/ip on some; ip addresses with a network mask on some (Rails reads
-- inet as an IPAddr, which masks the host part, and writes back its to_s: the network address)
INSERT INTO audit_events (id, author_id, entity_id, entity_type, details, ip_address, author_name, entity_path,
                          target_details, created_at, target_type, target_id)
SELECT g, 100 + g % 13, 5000 + g,
       (ARRAY['Project', 'Group', 'User', 'Gitlab::Audit::InstanceScope', 'Gitlab::Audit::NullEntity'])[1 + g % 5],
       CASE WHEN g % 6 = 0 THEN NULL ELSE '---' || chr(10) || ':change: name' || chr(10) || ':id: ' || g END,
       CASE WHEN g % 4 = 0 THEN NULL WHEN g % 4 = 1 THEN ('10.1.' || (g % 200) || '.' || (g % 250) || '/24')::inet
            WHEN g % 4 = 2 THEN ('192.168.' || (g % 200) || '.' || (g % 250))::inet ELSE ('2001:db8::' || g)::inet END,
       'author ' || g, 'group/path-' || g,
       CASE WHEN g % 3 = 0 THEN NULL ELSE 'target ' || g END,
       timestamp '2024-03-01 10:00:00' + g * interval '17 minutes 3.123456 seconds',
       CASE WHEN g % 3 = 0 THEN NULL ELSE 'Project' END,
       CASE WHEN g % 3 = 0 THEN NULL ELSE g * 2 END
FROM generate_series(1, 4000) g WHERE g % 7 <> 0;

-- some events were already copied (by GitLab's audit event writer): ON CONFLICT DO NOTHING keeps them
INSERT INTO project_audit_events (id, created_at, project_id, author_id, event_name, author_name)
SELECT id, created_at AT TIME ZONE 'UTC', 1, 1, 'already', 'already there' FROM audit_events
WHERE entity_type = 'Project' AND id % 10 = 0;
INSERT INTO group_audit_events (id, created_at, group_id, author_id, event_name, author_name)
SELECT id, created_at AT TIME ZONE 'UTC', 1, 1, 'already', 'already there' FROM audit_events
WHERE entity_type = 'Group' AND id % 10 = 1;
INSERT INTO user_audit_events (id, created_at, user_id, author_id, event_name, author_name)
SELECT id, created_at AT TIME ZONE 'UTC', 1, 1, 'already', 'already there' FROM audit_events
WHERE entity_type = 'User' AND id % 10 = 2;
INSERT INTO instance_audit_events (id, created_at, author_id, event_name, author_name)
SELECT id, created_at AT TIME ZONE 'UTC', 1, 'already', 'already there' FROM audit_events
WHERE entity_type = 'Gitlab::Audit::InstanceScope' AND id % 10 = 3;

CREATE TABLE original_audit_events AS SELECT * FROM audit_events;
