-- designs 1..500 in namespace 80000 + id
INSERT INTO design_management_designs (id, project_id, filename, iid, namespace_id)
SELECT d, 1, 'd' || d || '.png', d, 80000 + d FROM generate_series(1, 500) d;

-- notifications 1..3000 with every 7th id missing, in both partitions, all with a wrong namespace_id of 1; every
-- 3rd is about a design (noteable (id % 600) + 1: missing above 500), the others about issues (out of scope)
INSERT INTO p_sent_notifications (id, project_id, noteable_id, noteable_type, recipient_id, reply_key, created_at, namespace_id)
SELECT n, 1, (n % 600) + 1, CASE WHEN n % 3 = 0 THEN 'DesignManagement::Design' ELSE 'Issue' END, 1, 'key-' || n,
       timestamptz '2024-06-01 00:00:00+00' + n * interval '4 hours', 1
FROM generate_series(1, 3000) n WHERE n % 7 <> 0;

CREATE TABLE original_notifications AS SELECT * FROM p_sent_notifications;
