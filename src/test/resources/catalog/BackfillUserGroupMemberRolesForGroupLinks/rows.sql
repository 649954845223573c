-- groups 1..40 are shared with groups 1001..1003 by links of group_access 10..50 (link l: group (l % 40) + 1
-- shared into 1001 + l / 40); a role on two links in three
INSERT INTO group_group_links (id, created_at, updated_at, shared_group_id, shared_with_group_id, group_access, member_role_id)
SELECT l, timestamp '2020-01-01', timestamp '2020-01-01', 1001 + l / 40, (l % 40) + 1, 10 * ((l % 5) + 1),
       CASE WHEN l % 3 <> 0 THEN 700 + l % 4 END
FROM generate_series(0, 99) l;

-- members 1..1500 with every 9th id missing, of group (id % 45) + 1 (groups above 40 are shared with nobody),
-- user id (each member its own user), access_level 10..50, a role on every other one; out of scope: every
-- 13th a Project member, every 11th awaiting (state 1), every 17th an invite (no user), every 19th an access request
INSERT INTO members (id, access_level, source_id, source_type, user_id, notification_level, type, created_at,
                     updated_at, requested_at, state, member_role_id)
SELECT m, 10 * ((m % 5) + 1), (m % 45) + 1, CASE WHEN m % 13 = 0 THEN 'Project' ELSE 'Namespace' END,
       CASE WHEN m % 17 = 0 THEN NULL ELSE m END, 3, CASE WHEN m % 13 = 0 THEN 'ProjectMember' ELSE 'GroupMember' END,
       timestamp '2020-01-01', timestamp '2020-01-01', CASE WHEN m % 19 = 0 THEN timestamp '2020-01-02' END,
       CASE WHEN m % 11 = 0 THEN 1 ELSE 0 END, CASE WHEN m % 2 = 0 THEN 800 + m % 3 END
FROM generate_series(1, 1500) m WHERE m % 9 <> 0;

-- the role each (member, link) pair should get, as the Ruby computes it
CREATE TABLE expected_roles AS
SELECT * FROM (
  SELECT m.user_id, g.shared_group_id AS group_id, g.shared_with_group_id,
         CASE WHEN m.access_level > g.group_access THEN g.member_role_id
              WHEN m.access_level < g.group_access THEN m.member_role_id
              WHEN g.member_role_id IS NULL THEN NULL ELSE m.member_role_id END AS member_role_id
  FROM members m JOIN group_group_links g ON g.shared_with_group_id = m.source_id
  WHERE m.source_type = 'Namespace' AND m.state = 0 AND m.user_id IS NOT NULL AND m.requested_at IS NULL
) r WHERE member_role_id IS NOT NULL;

-- rows there before: one per third expected row, half with the same role (kept, updated_at untouched), half with
-- another role (replaced, updated_at touched); and one unrelated row (kept)
INSERT INTO user_group_member_roles (user_id, group_id, shared_with_group_id, member_role_id, created_at, updated_at)
SELECT user_id, group_id, shared_with_group_id,
       CASE WHEN user_id % 2 = 0 THEN member_role_id ELSE 999 END, timestamptz '2020-01-01 00:00:00+00', timestamptz '2020-01-01 00:00:00+00'
FROM expected_roles WHERE user_id % 3 = 0;
INSERT INTO user_group_member_roles (user_id, group_id, shared_with_group_id, member_role_id, created_at, updated_at)
VALUES (999999, 5000, 5001, 555, timestamptz '2020-01-01 00:00:00+00', timestamptz '2020-01-01 00:00:00+00');

CREATE TABLE original_roles AS SELECT * FROM user_group_member_roles;
