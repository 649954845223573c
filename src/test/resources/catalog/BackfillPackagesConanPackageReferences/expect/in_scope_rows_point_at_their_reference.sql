-- every package file in scope whose package file exists points at a reference of its package, project and bytes
SELECT o.id, m.package_reference_id FROM original_metadata o
JOIN packages_package_files f ON f.id = o.package_file_id
JOIN packages_conan_file_metadata m ON m.id = o.id
WHERE o.package_reference_id IS NULL AND o.conan_file_type = 2 AND o.conan_package_reference IS NOT NULL
  AND (m.updated_at = '2024-01-01' OR NOT EXISTS (
        SELECT 1 FROM packages_conan_package_references r WHERE r.id = m.package_reference_id
          AND r.package_id = f.package_id AND r.project_id = f.project_id
          AND r.reference = decode(o.conan_package_reference, 'hex')))
