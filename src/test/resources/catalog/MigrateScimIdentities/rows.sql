-- identities 1..3000 with every 14th id missing; a third without a group (instance SCIM: out of scope);
-- active alternating
INSERT INTO scim_identities (id, group_id, user_id, active, created_at, updated_at, extern_uid)
SELECT n, CASE WHEN n % 3 <> 0 THEN 1 + n % 20 END, n, n % 2 = 0,
       timestamptz '2023-01-01 00:00+00' + n * interval '1 hour', timestamptz '2024-01-01 00:00+00' + n * interval '1 hour', 'ext-' || n
FROM generate_series(1, 3000) n WHERE n % 14 <> 9;

-- some group/user pairs already migrated (with values of their own: ON CONFLICT keeps them)
INSERT INTO group_scim_identities (group_id, user_id, created_at, updated_at, temp_source_id, active, extern_uid)
SELECT group_id, user_id, now(), now(), NULL, true, 'earlier' FROM scim_identities WHERE group_id IS NOT NULL AND id % 11 = 0;

CREATE TABLE original_group_identities AS SELECT * FROM group_scim_identities;
