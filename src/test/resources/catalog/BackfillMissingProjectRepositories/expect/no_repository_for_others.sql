-- projects pending delete (or NULL), or on a storage without a shard, get no repository
SELECT r.project_id FROM project_repositories r JOIN projects p ON p.id = r.project_id
WHERE NOT EXISTS (SELECT 1 FROM original_repositories o WHERE o.project_id = r.project_id)
  AND (p.pending_delete IS DISTINCT FROM false OR NOT EXISTS (SELECT 1 FROM shards s WHERE s.name = p.repository_storage))
