-- every occurrence of a pypi component whose name had a '.' carries the PEP 503 form (runs of -_. become one -)
SELECT o.id, o.component_name, x.normalized FROM sbom_occurrences o JOIN original_occurrences x ON x.id = o.id
WHERE x.purl_type = 8 AND x.component_name LIKE '%.%' AND o.component_name IS DISTINCT FROM x.normalized
