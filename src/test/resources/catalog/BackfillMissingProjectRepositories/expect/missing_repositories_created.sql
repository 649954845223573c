-- every project not pending delete (false, not NULL), on a known shard, without a repository before,
-- has one on its shard with GitLab's hashed path and the default object_format
SELECT p.id FROM projects p JOIN shards s ON s.name = p.repository_storage
WHERE p.pending_delete = false
  AND NOT EXISTS (SELECT 1 FROM original_repositories o WHERE o.project_id = p.id)
  AND NOT EXISTS (SELECT 1 FROM project_repositories r WHERE r.project_id = p.id AND r.shard_id = s.id
                  AND r.object_format = 0
                  AND r.disk_path = '@hashed/' || substr(encode(sha256(p.id::text::bytea), 'hex'), 1, 2) || '/'
                      || substr(encode(sha256(p.id::text::bytea), 'hex'), 3, 2) || '/' || encode(sha256(p.id::text::bytea), 'hex'))
