-- no placeholder gets a second row, and the rows that were there stay as they were
SELECT placeholder_user_id::text FROM import_placeholder_user_details GROUP BY placeholder_user_id HAVING count(*) > 1
UNION ALL
SELECT o.id::text FROM original_details o LEFT JOIN import_placeholder_user_details d USING (id)
WHERE d.id IS NULL OR (d.placeholder_user_id, d.namespace_id, d.organization_id, d.updated_at)
   IS DISTINCT FROM (o.placeholder_user_id, o.namespace_id, o.organization_id, o.updated_at)
