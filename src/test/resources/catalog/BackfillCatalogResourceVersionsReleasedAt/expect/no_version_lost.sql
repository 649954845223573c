-- no version is lost
SELECT 1 WHERE (SELECT count(*) FROM catalog_resource_versions) <> (SELECT count(*) FROM original_versions)
