-- a reference exists for each package and reference bytes in scope, and none for rows out of scope
SELECT 'missing' AS problem, f.package_id FROM original_metadata o JOIN packages_package_files f ON f.id = o.package_file_id
WHERE o.package_reference_id IS NULL AND o.conan_file_type = 2 AND o.conan_package_reference IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM packages_conan_package_references r WHERE r.package_id = f.package_id
                    AND r.reference = decode(o.conan_package_reference, 'hex'))
UNION ALL
SELECT 'unexpected', r.package_id FROM packages_conan_package_references r
WHERE r.package_id <> 999999 AND NOT EXISTS (
  SELECT 1 FROM original_metadata o JOIN packages_package_files f ON f.id = o.package_file_id
  WHERE o.package_reference_id IS NULL AND o.conan_file_type = 2 AND o.conan_package_reference IS NOT NULL
    AND f.package_id = r.package_id AND decode(o.conan_package_reference, 'hex') = r.reference)
