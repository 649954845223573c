-- project_security_settings as GitLab's db/structure.sql (commit 0016ea05) defines it.
CREATE TABLE project_security_settings (
    project_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    auto_fix_container_scanning boolean DEFAULT true NOT NULL,
    auto_fix_dast boolean DEFAULT true NOT NULL,
    auto_fix_dependency_scanning boolean DEFAULT true NOT NULL,
    auto_fix_sast boolean DEFAULT true NOT NULL,
    continuous_vulnerability_scans_enabled boolean DEFAULT false NOT NULL,
    container_scanning_for_registry_enabled boolean DEFAULT false NOT NULL,
    pre_receive_secret_detection_enabled boolean DEFAULT false NOT NULL,
    secret_push_protection_enabled boolean DEFAULT false,
    CONSTRAINT check_20a23efdb6 CHECK ((secret_push_protection_enabled IS NOT NULL))
);
ALTER TABLE ONLY project_security_settings ADD CONSTRAINT project_security_settings_pkey PRIMARY KEY (project_id);

-- analyzer_project_statuses as 17.11's CreateAnalyzerProjectStatuses creates it (timestamps_with_timezone, the
-- unique index index_analyzer_project_statuses_status that the ON CONFLICT names). Columns added later (build_id,
-- archived) are not written by this job and are left out.
CREATE TABLE analyzer_project_statuses (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    project_id bigint NOT NULL,
    analyzer_type smallint NOT NULL,
    status smallint NOT NULL,
    last_call timestamp with time zone NOT NULL,
    traversal_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL
);
CREATE SEQUENCE analyzer_project_statuses_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE analyzer_project_statuses_id_seq OWNED BY analyzer_project_statuses.id;
ALTER TABLE ONLY analyzer_project_statuses ALTER COLUMN id SET DEFAULT nextval('analyzer_project_statuses_id_seq'::regclass);
ALTER TABLE ONLY analyzer_project_statuses ADD CONSTRAINT analyzer_project_statuses_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_analyzer_project_statuses_status ON analyzer_project_statuses USING btree (project_id, analyzer_type);
CREATE INDEX index_analyzer_project_statuses_traversal_ids ON analyzer_project_statuses USING btree (traversal_ids);

-- projects and namespaces reduced to the columns the job reads (id, namespace_id; id, traversal_ids) plus a few
-- NOT NULL ones: their CREATE TABLEs were not read.
CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    type character varying DEFAULT 'User'::character varying NOT NULL,
    traversal_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL
);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);

CREATE TABLE projects (
    id bigint NOT NULL,
    name character varying,
    namespace_id bigint NOT NULL,
    archived boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
