-- users 1..7000 (every 8th id missing): every 3rd is a project bot (user_type 6), the rest humans (0) or
-- service accounts (13). Every user has user_details except every 10th.
INSERT INTO users (id, email, username, user_type)
SELECT u, 'u' || u || '@example.com', 'u' || u, CASE WHEN u % 3 = 0 THEN 6 WHEN u % 7 = 0 THEN 13 ELSE 0 END
FROM generate_series(1, 7000) u WHERE u % 8 <> 0;
INSERT INTO user_details (user_id, bot_namespace_id)
SELECT id, CASE WHEN id % 11 = 0 THEN 900000 + id END FROM users WHERE id % 10 <> 0;
-- memberships: each user's one membership in namespace 50000 + u (every 4th user has none); every 13th user also
-- has a second one in namespace 60000 + u (which of the two a bot gets is PostgreSQL's choice, as in GitLab)
INSERT INTO members (id, access_level, source_id, source_type, user_id, notification_level, type, member_namespace_id)
SELECT u, 40, 50000 + u, 'Project', u, 3, 'ProjectMember', 50000 + u FROM generate_series(1, 7000) u WHERE u % 4 <> 0
UNION ALL
SELECT 100000 + u, 40, 60000 + u, 'Project', u, 3, 'ProjectMember', 60000 + u FROM generate_series(1, 7000) u WHERE u % 13 = 0;
CREATE TABLE original_details AS SELECT d.*, u.user_type FROM user_details d JOIN users u ON u.id = d.user_id;
