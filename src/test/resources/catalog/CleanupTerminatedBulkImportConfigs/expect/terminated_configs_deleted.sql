-- no configuration is left for a finished, timed out, failed or canceled bulk import
SELECT c.id FROM bulk_import_configurations c JOIN bulk_imports b ON b.id = c.bulk_import_id
WHERE b.status IN (2, 3, -1, -2)
