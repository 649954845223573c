-- scopes holding an old permission name end with the old names replaced by the new ones, deduplicated and
-- sorted (jsonb_agg(DISTINCT)); scopes holding none keep their array as it was, order and duplicates included
WITH expected AS (
  SELECT o.id,
         CASE WHEN EXISTS (SELECT 1 FROM jsonb_array_elements_text(o.permissions) x JOIN renames r ON r.old_name = x)
         THEN (SELECT jsonb_agg(v ORDER BY v) FROM (
                 SELECT x AS v FROM jsonb_array_elements_text(o.permissions) x
                 WHERE x NOT IN (SELECT old_name FROM renames)
                 UNION
                 SELECT r.new_name FROM jsonb_array_elements_text(o.permissions) x JOIN renames r ON r.old_name = x) s)
         ELSE o.permissions END AS permissions
  FROM original_scopes o)
SELECT g.id, g.permissions, e.permissions AS expected
FROM granular_scopes g JOIN expected e USING (id)
WHERE g.permissions IS DISTINCT FROM e.permissions
