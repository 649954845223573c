-- 3000 users (every 17th id missing), every 4th an admin. Existing memberships: in the default
-- organization (1) for every 10th user, with access level 50 for even ids and 10 for odd ones (the upsert
-- sets the job's level, touching updated_at only when the level changes); in organization 2 for every
-- 6th user (never touched).
INSERT INTO users (id, email, admin)
SELECT u, 'u' || u || '@example.com', u % 4 = 0 FROM generate_series(1, 3200) u WHERE u % 17 <> 0;
INSERT INTO organization_users (organization_id, user_id, created_at, updated_at, access_level)
SELECT 1, u, timestamptz '2023-01-01', timestamptz '2023-01-01', CASE WHEN u % 2 = 0 THEN 50 ELSE 10 END
FROM generate_series(1, 3200) u WHERE u % 10 = 0 AND u % 17 <> 0;
INSERT INTO organization_users (organization_id, user_id, created_at, updated_at, access_level)
SELECT 2, u, timestamptz '2023-01-01', timestamptz '2023-01-01', 30
FROM generate_series(1, 3200) u WHERE u % 6 = 0 AND u % 17 <> 0;

CREATE TABLE original_memberships AS SELECT * FROM organization_users;
