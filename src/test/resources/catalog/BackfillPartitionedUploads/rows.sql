-- uploads 1..2400 and 7001..7300 except every 13th id; model_type by id % 24 over the job's 23 model types
-- and Note (not copied). The model of each upload has id = the upload's id (organization_details:
-- organization_id) and exists unless id % 7 = 0 (then the upload is not copied); its source columns are
-- NULL when id % 5 = 0, else organization_id 10000+id, namespace_id and group_id 20000+id, project_id
-- 30000+id, user_id 40000+id. Copies already there (id % 11 = 0, old values) are updated only in their
-- sharding keys (Appearance: left alone).
CREATE TABLE model_types (n int PRIMARY KEY, model_type text NOT NULL);
INSERT INTO model_types VALUES (0, 'AbuseReport'), (1, 'Achievements::Achievement'), (2, 'Ai::VectorizableFile'), (3, 'AlertManagement::MetricImage'), (4, 'Appearance'), (5, 'BulkImports::ExportUpload'), (6, 'DesignManagement::Action'), (7, 'ImportExportUpload'), (8, 'IssuableMetricImage'), (9, 'Namespace'), (10, 'Organizations::OrganizationDetail'), (11, 'Projects::ImportExport::RelationExportUpload'), (12, 'Projects::Topic'), (13, 'Project'), (14, 'Snippet'), (15, 'UserPermissionExportUpload'), (16, 'User'), (17, 'Dependencies::DependencyListExport'), (18, 'Dependencies::DependencyListExport::Part'), (19, 'Vulnerabilities::Export'), (20, 'Vulnerabilities::Export::Part'), (21, 'Vulnerabilities::Remediation'), (22, 'Vulnerabilities::ArchiveExport'), (23, 'Note');
CREATE TABLE upload_ids AS
SELECT g AS id FROM generate_series(1, 2400) g WHERE g % 13 <> 0
UNION ALL SELECT g FROM generate_series(7001, 7300) g WHERE g % 13 <> 0;
INSERT INTO uploads (id, size, path, checksum, model_id, model_type, uploader, created_at, store, mount_point,
                     secret, version, uploaded_by_user_id, organization_id, namespace_id, project_id)
SELECT u.id, 100 + u.id, 'path/' || u.id, md5(u.id::text), u.id, m.model_type, 'FileUploader',
       '2025-01-01'::timestamp + u.id * interval '1 minute', 1 + u.id % 2, CASE WHEN u.id % 3 = 0 THEN 'avatar' END,
       'secret' || u.id, 1 + u.id % 3, 50000 + u.id, 60000 + u.id, 70000 + u.id, 80000 + u.id
FROM upload_ids u JOIN model_types m ON m.n = u.id % 24;

INSERT INTO abuse_reports (id, organization_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 10000 + id END FROM upload_ids WHERE id % 24 = 0 AND id % 7 <> 0;
INSERT INTO achievements (id, namespace_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 20000 + id END FROM upload_ids WHERE id % 24 = 1 AND id % 7 <> 0;
INSERT INTO ai_vectorizable_files (id, project_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 30000 + id END FROM upload_ids WHERE id % 24 = 2 AND id % 7 <> 0;
INSERT INTO alert_management_alert_metric_images (id, project_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 30000 + id END FROM upload_ids WHERE id % 24 = 3 AND id % 7 <> 0;
INSERT INTO appearances (id) SELECT id FROM upload_ids WHERE id % 24 = 4 AND id % 7 <> 0;
INSERT INTO bulk_import_export_uploads (id, group_id, project_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 20000 + id END, CASE WHEN id % 5 = 0 THEN NULL ELSE 30000 + id END FROM upload_ids WHERE id % 24 = 5 AND id % 7 <> 0;
INSERT INTO design_management_designs_versions (id, namespace_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 20000 + id END FROM upload_ids WHERE id % 24 = 6 AND id % 7 <> 0;
INSERT INTO import_export_uploads (id, group_id, project_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 20000 + id END, CASE WHEN id % 5 = 0 THEN NULL ELSE 30000 + id END FROM upload_ids WHERE id % 24 = 7 AND id % 7 <> 0;
INSERT INTO issuable_metric_images (id, namespace_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 20000 + id END FROM upload_ids WHERE id % 24 = 8 AND id % 7 <> 0;
INSERT INTO namespaces (id) SELECT id FROM upload_ids WHERE id % 24 = 9 AND id % 7 <> 0;
INSERT INTO organization_details (organization_id) SELECT id FROM upload_ids WHERE id % 24 = 10 AND id % 7 <> 0;
INSERT INTO project_relation_export_uploads (id, project_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 30000 + id END FROM upload_ids WHERE id % 24 = 11 AND id % 7 <> 0;
INSERT INTO topics (id, organization_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 10000 + id END FROM upload_ids WHERE id % 24 = 12 AND id % 7 <> 0;
INSERT INTO projects (id) SELECT id FROM upload_ids WHERE id % 24 = 13 AND id % 7 <> 0;
INSERT INTO snippets (id, organization_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 10000 + id END FROM upload_ids WHERE id % 24 = 14 AND id % 7 <> 0;
INSERT INTO user_permission_export_uploads (id, user_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 40000 + id END FROM upload_ids WHERE id % 24 = 15 AND id % 7 <> 0;
INSERT INTO users (id, organization_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 10000 + id END FROM upload_ids WHERE id % 24 = 16 AND id % 7 <> 0;
INSERT INTO dependency_list_exports (id, organization_id, group_id, project_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 10000 + id END, CASE WHEN id % 5 = 0 THEN NULL ELSE 20000 + id END, CASE WHEN id % 5 = 0 THEN NULL ELSE 30000 + id END FROM upload_ids WHERE id % 24 = 17 AND id % 7 <> 0;
INSERT INTO dependency_list_export_parts (id, organization_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 10000 + id END FROM upload_ids WHERE id % 24 = 18 AND id % 7 <> 0;
INSERT INTO vulnerability_exports (id, organization_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 10000 + id END FROM upload_ids WHERE id % 24 = 19 AND id % 7 <> 0;
INSERT INTO vulnerability_export_parts (id, organization_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 10000 + id END FROM upload_ids WHERE id % 24 = 20 AND id % 7 <> 0;
INSERT INTO vulnerability_remediations (id, project_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 30000 + id END FROM upload_ids WHERE id % 24 = 21 AND id % 7 <> 0;
INSERT INTO vulnerability_archive_exports (id, project_id) SELECT id, CASE WHEN id % 5 = 0 THEN NULL ELSE 30000 + id END FROM upload_ids WHERE id % 24 = 22 AND id % 7 <> 0;

INSERT INTO uploads_9ba88c4165 (id, size, model_id, uploaded_by_user_id, organization_id, namespace_id, project_id,
                                created_at, store, version, path, checksum, model_type, uploader, mount_point, secret)
SELECT id, 1, model_id, 1, 2, 3, 4, '2020-01-01', 2, 9, 'old/' || id, 'old', model_type, 'OldUploader', 'old', 'old'
FROM uploads WHERE id % 11 = 0;
CREATE TABLE original_copies AS SELECT * FROM uploads_9ba88c4165;

-- the copy each upload must have afterwards (none where the model is missing or the type is not listed)
CREATE TABLE expected_copies AS
SELECT u.id, u.model_type,
       CASE WHEN u.model_type = 'UserPermissionExportUpload' THEN src.usr ELSE u.uploaded_by_user_id END AS uploaded_by_user_id,
       CASE WHEN u.model_type = 'UserPermissionExportUpload' THEN u.organization_id
            WHEN u.model_type = 'Organizations::OrganizationDetail' THEN u.id
            WHEN u.model_type IN ('AbuseReport', 'Projects::Topic', 'Snippet', 'User', 'Dependencies::DependencyListExport',
              'Dependencies::DependencyListExport::Part', 'Vulnerabilities::Export', 'Vulnerabilities::Export::Part') THEN src.org
       END AS organization_id,
       CASE WHEN u.model_type = 'UserPermissionExportUpload' THEN u.namespace_id
            WHEN u.model_type = 'Namespace' THEN u.id
            WHEN u.model_type IN ('Achievements::Achievement', 'BulkImports::ExportUpload', 'DesignManagement::Action',
              'ImportExportUpload', 'IssuableMetricImage', 'Dependencies::DependencyListExport') THEN src.ns
       END AS namespace_id,
       CASE WHEN u.model_type = 'UserPermissionExportUpload' THEN u.project_id
            WHEN u.model_type = 'Project' THEN u.id
            WHEN u.model_type IN ('Ai::VectorizableFile', 'AlertManagement::MetricImage', 'BulkImports::ExportUpload',
              'ImportExportUpload', 'Projects::ImportExport::RelationExportUpload', 'Dependencies::DependencyListExport',
              'Vulnerabilities::Remediation', 'Vulnerabilities::ArchiveExport') THEN src.proj
       END AS project_id
FROM uploads u
CROSS JOIN LATERAL (SELECT CASE WHEN u.id % 5 <> 0 THEN 10000 + u.id END AS org,
                           CASE WHEN u.id % 5 <> 0 THEN 20000 + u.id END AS ns,
                           CASE WHEN u.id % 5 <> 0 THEN 30000 + u.id END AS proj,
                           CASE WHEN u.id % 5 <> 0 THEN 40000 + u.id END AS usr) src
WHERE u.id % 7 <> 0 AND u.model_type <> 'Note';
