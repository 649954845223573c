-- occurrences of other components, names without a dot and NULL names keep their name; no row lost; updated_at kept
SELECT x.id, x.component_name, o.component_name FROM original_occurrences x LEFT JOIN sbom_occurrences o ON o.id = x.id
WHERE o.id IS NULL OR o.updated_at <> x.updated_at
   OR (NOT (x.purl_type = 8 AND x.component_name LIKE '%.%') AND o.component_name IS DISTINCT FROM x.component_name)
