-- 1..3500 with every 7th id missing: most users have no user_type (NULL, to become 0); every 4th is already
-- human (0), every 9th a bot of another type (1, 4, 6 ...): those keep their type. A copy keeps the originals.
INSERT INTO users (id, email, updated_at, user_type)
SELECT g, 'u' || g || '@example.com', '2023-01-01',
       CASE WHEN g % 9 = 0 THEN (ARRAY[1, 4, 6, 13])[g % 4 + 1] WHEN g % 4 = 0 THEN 0 ELSE NULL END
FROM generate_series(1, 3500) g WHERE g % 7 <> 0;

CREATE TABLE original_users AS SELECT * FROM users;
