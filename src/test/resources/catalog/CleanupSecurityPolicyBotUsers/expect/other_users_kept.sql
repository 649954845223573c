-- every other user (humans, other bots, policy bots without such a membership) is still there
SELECT o.id, o.user_type FROM original_users o
WHERE o.id NOT IN (SELECT id FROM doomed) AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = o.id)
UNION ALL
SELECT -1, NULL::smallint WHERE (SELECT count(*) FROM doomed) < 50
