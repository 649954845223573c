-- rows out of scope, and rows whose package file is missing, are unchanged; no row is lost
SELECT o.id FROM original_metadata o LEFT JOIN packages_conan_file_metadata m ON m.id = o.id
WHERE m.id IS NULL
   OR ((o.package_reference_id IS NOT NULL OR o.conan_file_type <> 2 OR o.conan_package_reference IS NULL
        OR NOT EXISTS (SELECT 1 FROM packages_package_files f WHERE f.id = o.package_file_id))
       AND (m.package_reference_id IS DISTINCT FROM o.package_reference_id OR m.updated_at <> o.updated_at))
