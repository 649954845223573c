-- file metadata 1..2400 (every 8th id missing); the file of metadata m is package file m, in package 1 + m / 3 of
-- project 500 + m / 3 (files of one package share a reference, so ON CONFLICT meets rows of the same package);
-- every 13th package file is missing (no join: the row stays NULL). Out of scope: every 4th is a recipe file
-- (conan_file_type 1), every 10th has no conan_package_reference, every 6th already has a package_reference_id
-- (reference 1, which exists).
INSERT INTO packages_package_files (id, package_id, project_id, created_at, updated_at, file_name, file)
SELECT m, 1 + m / 3, 500 + m / 3, now(), now(), 'conan_package.tgz', 'f' FROM generate_series(1, 2400) m WHERE m % 13 <> 0;
INSERT INTO packages_conan_package_references (package_id, project_id, reference, created_at, updated_at)
VALUES (999999, 999999, decode(repeat('ab', 20), 'hex'), '2024-01-01', '2024-01-01');
INSERT INTO packages_conan_file_metadata (id, package_file_id, created_at, updated_at, conan_file_type,
    package_reference_id, project_id, conan_package_reference)
SELECT m, m, '2024-01-01', '2024-01-01', CASE WHEN m % 4 = 0 THEN 1 ELSE 2 END,
       CASE WHEN m % 6 = 0 AND m % 4 <> 0 THEN 1 END, 500 + m / 3,
       CASE WHEN m % 10 = 0 THEN NULL ELSE substr(md5('pkg' || (1 + m / 3)) || md5('x' || (1 + m / 3)), 1, 40) END
FROM generate_series(1, 2400) m WHERE m % 8 <> 0;
CREATE TABLE original_metadata AS SELECT * FROM packages_conan_file_metadata;
