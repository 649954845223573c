-- versions with a package keep it and their updated_at; one new package per recovered version, each used once
SELECT o.id FROM orig_versions o JOIN ml_model_versions v ON v.id = o.id
WHERE o.package_id IS NOT NULL AND (v.package_id <> o.package_id OR v.updated_at <> o.updated_at)
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM packages_packages) - (SELECT count(*) FROM orig_packages)
             <> (SELECT count(*) FROM orig_versions WHERE package_id IS NULL)
UNION ALL
SELECT package_id FROM ml_model_versions GROUP BY package_id HAVING count(*) > 1
