-- repositories that existed keep their shard, path and object_format, and none is lost
SELECT o.id FROM original_repositories o LEFT JOIN project_repositories r ON r.id = o.id
WHERE r.id IS NULL OR (r.shard_id, r.disk_path, r.project_id, r.object_format)
   IS DISTINCT FROM (o.shard_id, o.disk_path, o.project_id, o.object_format)
