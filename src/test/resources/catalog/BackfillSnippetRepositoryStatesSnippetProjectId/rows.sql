-- snippet repositories 1..600: a project snippet's (snippet_project_id 7000 + id) or, every 5th, a
-- personal snippet's (snippet_project_id NULL: copying it changes nothing).
INSERT INTO snippet_repositories (snippet_id, shard_id, disk_path, snippet_project_id, snippet_organization_id)
SELECT s, 1, '@snippets/' || s, CASE WHEN s % 5 <> 0 THEN 7000 + s END, CASE WHEN s % 5 = 0 THEN 1 END
FROM generate_series(1, 600) s;

-- states 1..1500 with every 11th id missing; state g belongs to repository (g % 700) + 1, so the ones
-- whose repository is above 600 have no parent (the inner join skips them); every 6th already has a
-- snippet_project_id of its own (out of scope: left alone).
INSERT INTO snippet_repository_states (id, snippet_repository_id, snippet_project_id)
SELECT g, (g % 700) + 1, CASE WHEN g % 6 = 0 THEN 424242 END
FROM generate_series(1, 1500) g WHERE g % 11 <> 0;

CREATE TABLE original_states AS SELECT * FROM snippet_repository_states;
