-- group wiki repositories of groups 5000 + g (g = 1..2600, every 13th gone). States 1..2600 with every
-- 11th missing, state n for the repository of group 5000 + n; every 9th has a group_id already (a
-- different one, which must stay). Repositories are on shards 1..3.
INSERT INTO group_wiki_repositories (shard_id, group_id, disk_path)
SELECT 1 + g % 3, 5000 + g, '@groups/' || g FROM generate_series(1, 2600) g WHERE g % 13 <> 0;

INSERT INTO group_wiki_repository_states (id, group_wiki_repository_id, verification_state, group_id)
SELECT n, 5000 + n, n % 4, CASE WHEN n % 9 = 0 THEN 42 END
FROM generate_series(1, 2600) n WHERE n % 11 <> 0;

CREATE TABLE bbm_case_before AS SELECT * FROM group_wiki_repository_states;
