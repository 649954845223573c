-- configurations of created or started imports, or without an import, are kept; no bulk import is touched
SELECT o.id FROM original_configurations o
WHERE NOT EXISTS (SELECT 1 FROM bulk_imports b WHERE b.id = o.bulk_import_id AND b.status IN (2, 3, -1, -2))
  AND NOT EXISTS (SELECT 1 FROM bulk_import_configurations c WHERE c.id = o.id)
UNION ALL
SELECT o.id FROM original_bulk_imports o
WHERE NOT EXISTS (SELECT 1 FROM bulk_imports b WHERE b.id = o.id AND b.status = o.status AND b.updated_at = o.updated_at)
