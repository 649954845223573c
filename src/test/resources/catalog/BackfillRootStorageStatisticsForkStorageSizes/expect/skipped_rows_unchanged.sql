-- rows with fork data, a missing namespace or a NULL type keep their values and updated_at; rows left
-- all zero keep updated_at, changed rows have a new one
SELECT r.namespace_id FROM namespace_root_storage_statistics r
WHERE (NOT EXISTS (SELECT 1 FROM expected_fork_sizes e WHERE e.namespace_id = r.namespace_id)
       AND (r.private_forks_storage_size <> CASE WHEN r.namespace_id % 17 = 0 THEN 7 ELSE 0 END
            OR r.internal_forks_storage_size <> 0 OR r.public_forks_storage_size <> 0
            OR r.updated_at <> '2020-01-01'))
   OR ((r.private_forks_storage_size + r.internal_forks_storage_size + r.public_forks_storage_size = 0)
       AND r.updated_at <> '2020-01-01')
   OR (r.namespace_id % 17 <> 0 AND r.private_forks_storage_size + r.internal_forks_storage_size + r.public_forks_storage_size > 0
       AND r.updated_at = '2020-01-01')
