-- users 1..2000 except every 10th, of several user types (0 human, 1 support bot, 4 service user,
-- 6 project bot, 13 service account)
INSERT INTO users (id, email, username, name, user_type)
SELECT g, 'user' || g || '@example.com', 'user' || g, 'User ' || g, (ARRAY[0, 1, 4, 6, 13, 0])[1 + g % 6]
FROM generate_series(1, 2000) g WHERE g % 10 <> 0;

-- ghost user migrations 1..2500 except every 9th id; users whose id is a multiple of 10 are gone (the
-- Ruby's join leaves those NULL); every 7th already has a user_type of its own (kept)
INSERT INTO ghost_user_migrations (id, user_id, initiator_user_id, created_at, updated_at, user_type)
SELECT g, 1 + (g * 13) % 2000, 1, timestamptz '2026-01-01 00:00:00+00', timestamptz '2026-01-02 00:00:00+00',
       CASE WHEN g % 7 = 0 THEN 2 END
FROM generate_series(1, 2500) g WHERE g % 9 <> 0;

CREATE TABLE original_migrations AS SELECT * FROM ghost_user_migrations;
