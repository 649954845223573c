-- uploads_9ba88c4165 as GitLab's migration creating it defines it (create_table with primary key (id, model_type),
-- PARTITION BY LIST (model_type), one partition per model type; text limits as CHECKs), created unpartitioned here: the job names
-- its primary key constraint and does not depend on the partitions; foreign keys dropped. uploads written
-- with the same columns (the copy was made from it). The model tables are written from the columns the job
-- reads (their key and source columns).
CREATE TABLE uploads (
    id bigint NOT NULL PRIMARY KEY,
    size bigint NOT NULL,
    path character varying(511) NOT NULL,
    checksum character varying(64),
    model_id bigint NOT NULL,
    model_type character varying,
    uploader character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    store integer DEFAULT 1 NOT NULL,
    mount_point character varying,
    secret character varying,
    version integer DEFAULT 1,
    uploaded_by_user_id bigint,
    organization_id bigint,
    namespace_id bigint,
    project_id bigint
);
CREATE TABLE uploads_9ba88c4165 (
    id bigint NOT NULL,
    size bigint NOT NULL,
    model_id bigint NOT NULL,
    uploaded_by_user_id bigint,
    organization_id bigint,
    namespace_id bigint,
    project_id bigint,
    created_at timestamp without time zone,
    store integer DEFAULT 1 NOT NULL,
    version integer DEFAULT 1,
    path text NOT NULL,
    checksum text,
    model_type text NOT NULL,
    uploader text NOT NULL,
    mount_point text,
    secret text,
    CHECK ((char_length(path) <= 511)),
    CHECK ((char_length(checksum) <= 64))
);
ALTER TABLE ONLY uploads_9ba88c4165 ADD CONSTRAINT uploads_9ba88c4165_pkey PRIMARY KEY (id, model_type);

CREATE TABLE abuse_reports (id bigint NOT NULL PRIMARY KEY, organization_id bigint);
CREATE TABLE achievements (id bigint NOT NULL PRIMARY KEY, namespace_id bigint);
CREATE TABLE ai_vectorizable_files (id bigint NOT NULL PRIMARY KEY, project_id bigint);
CREATE TABLE alert_management_alert_metric_images (id bigint NOT NULL PRIMARY KEY, project_id bigint);
CREATE TABLE appearances (id bigint NOT NULL PRIMARY KEY);
CREATE TABLE bulk_import_export_uploads (id bigint NOT NULL PRIMARY KEY, group_id bigint, project_id bigint);
CREATE TABLE design_management_designs_versions (id bigint NOT NULL PRIMARY KEY, namespace_id bigint);
CREATE TABLE import_export_uploads (id bigint NOT NULL PRIMARY KEY, group_id bigint, project_id bigint);
CREATE TABLE issuable_metric_images (id bigint NOT NULL PRIMARY KEY, namespace_id bigint);
CREATE TABLE namespaces (id bigint NOT NULL PRIMARY KEY);
CREATE TABLE organization_details (organization_id bigint NOT NULL PRIMARY KEY);
CREATE TABLE project_relation_export_uploads (id bigint NOT NULL PRIMARY KEY, project_id bigint);
CREATE TABLE topics (id bigint NOT NULL PRIMARY KEY, organization_id bigint);
CREATE TABLE projects (id bigint NOT NULL PRIMARY KEY);
CREATE TABLE snippets (id bigint NOT NULL PRIMARY KEY, organization_id bigint);
CREATE TABLE user_permission_export_uploads (id bigint NOT NULL PRIMARY KEY, user_id bigint);
CREATE TABLE users (id bigint NOT NULL PRIMARY KEY, organization_id bigint);
CREATE TABLE dependency_list_exports (id bigint NOT NULL PRIMARY KEY, organization_id bigint, group_id bigint, project_id bigint);
CREATE TABLE dependency_list_export_parts (id bigint NOT NULL PRIMARY KEY, organization_id bigint);
CREATE TABLE vulnerability_exports (id bigint NOT NULL PRIMARY KEY, organization_id bigint);
CREATE TABLE vulnerability_export_parts (id bigint NOT NULL PRIMARY KEY, organization_id bigint);
CREATE TABLE vulnerability_remediations (id bigint NOT NULL PRIMARY KEY, project_id bigint);
CREATE TABLE vulnerability_archive_exports (id bigint NOT NULL PRIMARY KEY, project_id bigint);
