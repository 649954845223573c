-- organizations 1..8 (9 and 10 are gone); users 1..900 with every 15th missing
INSERT INTO organizations (id, created_at, updated_at, name, path)
SELECT o, now(), now(), 'org' || o, 'org' || o FROM generate_series(1, 8) o;
INSERT INTO users (id, username, email) SELECT u, 'u' || u, 'u' || u || '@x' FROM generate_series(1, 900) u WHERE u % 15 <> 7;

-- memberships 1..3500 with every 12th id missing: user 1 + n % 950 (901..950 are gone), organization
-- 1 + n % 10: valid ones, missing user, missing organization, or both
INSERT INTO organization_users (id, organization_id, user_id, created_at, updated_at)
SELECT n, 1 + n % 10, 1 + n % 950, now(), now() FROM generate_series(1, 3500) n WHERE n % 12 <> 5;

CREATE TABLE original_memberships AS SELECT id, organization_id, user_id FROM organization_users;
