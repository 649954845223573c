-- users 1..300 except every 4th (deleted users)
INSERT INTO users (id, email, projects_limit, username)
SELECT u, 'u' || u || '@example.com', 10, 'u' || u FROM generate_series(1, 300) u WHERE u % 4 <> 0;

-- subscriptions 1..2500 with every 9th id missing, of user (id % 330) + 1 (missing when a multiple of 4 or above
-- 300), a NULL user on every 23rd
INSERT INTO subscriptions (id, user_id, subscribable_id, subscribable_type, subscribed, created_at, updated_at, project_id)
SELECT s, CASE WHEN s % 23 = 0 THEN NULL ELSE (s % 330) + 1 END, s, 'Issue', true, timestamp '2020-01-01', timestamp '2020-01-01', 1
FROM generate_series(1, 2500) s WHERE s % 9 <> 0;

CREATE TABLE original_subscriptions AS SELECT * FROM subscriptions;
