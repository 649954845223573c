-- each namespace without fork data has, per visibility level, the storage size of its forked projects
-- (0 where it has none)
SELECT e.namespace_id, e.level FROM expected_fork_sizes e
JOIN namespace_root_storage_statistics r ON r.namespace_id = e.namespace_id
WHERE COALESCE(e.size, 0) <> CASE e.level WHEN 0 THEN r.private_forks_storage_size
                                          WHEN 10 THEN r.internal_forks_storage_size
                                          ELSE r.public_forks_storage_size END
