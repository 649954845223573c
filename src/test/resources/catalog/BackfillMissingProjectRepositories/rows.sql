INSERT INTO shards (id, name) VALUES (1, 'default'), (2, 'storage2');

-- projects 1..1500 with every 8th id missing. repository_storage by p % 5: 0..2 default, 3 storage2,
-- 4 'gone' (no shard: the inner join skips it). pending_delete: every 7th true, every 13th NULL
-- (pending_delete = FALSE is not true for NULL), otherwise false.
INSERT INTO projects (id, name, path, namespace_id, pending_delete, repository_storage)
SELECT p, 'p' || p, 'p' || p, 1,
       CASE WHEN p % 7 = 0 THEN true WHEN p % 13 = 0 THEN NULL ELSE false END,
       CASE p % 5 WHEN 3 THEN 'storage2' WHEN 4 THEN 'gone' ELSE 'default' END
FROM generate_series(1, 1500) p WHERE p % 8 <> 0;

-- every 3rd project already has a repository, with a legacy path and object_format 1: left as it is
INSERT INTO project_repositories (shard_id, disk_path, project_id, object_format)
SELECT 2, 'legacy/p' || id, id, 1 FROM projects WHERE id % 3 = 0;

CREATE TABLE original_repositories AS SELECT * FROM project_repositories;
