-- vulnerability_statistics as GitLab's db/structure.sql (commit 0016ea05) defines it; the unique index on
-- project_id (one statistics row per project) is written from memory, its CREATE INDEX was not read.
CREATE TABLE vulnerability_statistics (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    project_id bigint NOT NULL,
    total integer DEFAULT 0 NOT NULL,
    critical integer DEFAULT 0 NOT NULL,
    high integer DEFAULT 0 NOT NULL,
    medium integer DEFAULT 0 NOT NULL,
    low integer DEFAULT 0 NOT NULL,
    unknown integer DEFAULT 0 NOT NULL,
    info integer DEFAULT 0 NOT NULL,
    letter_grade smallint NOT NULL,
    latest_pipeline_id bigint,
    archived boolean DEFAULT false NOT NULL,
    traversal_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL
);
CREATE SEQUENCE vulnerability_statistics_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE vulnerability_statistics_id_seq OWNED BY vulnerability_statistics.id;
ALTER TABLE ONLY vulnerability_statistics ALTER COLUMN id SET DEFAULT nextval('vulnerability_statistics_id_seq'::regclass);
ALTER TABLE ONLY vulnerability_statistics ADD CONSTRAINT vulnerability_statistics_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_vulnerability_statistics_on_unique_project_id ON vulnerability_statistics USING btree (project_id);

-- security_inventory_filters as 18.3's CreateSecurityInventoryFilters creates it (project_name text limit 255:
-- GitLab's create_table adds a CHECK, its generated name is not known here; the unique index on project_id is
-- the one upsert_all's unique_by names).
CREATE TABLE security_inventory_filters (
    id bigint NOT NULL,
    archived boolean DEFAULT false NOT NULL,
    sast smallint DEFAULT 0 NOT NULL,
    sast_advanced smallint DEFAULT 0 NOT NULL,
    sast_iac smallint DEFAULT 0 NOT NULL,
    dast smallint DEFAULT 0 NOT NULL,
    dependency_scanning smallint DEFAULT 0 NOT NULL,
    coverage_fuzzing smallint DEFAULT 0 NOT NULL,
    api_fuzzing smallint DEFAULT 0 NOT NULL,
    cluster_image_scanning smallint DEFAULT 0 NOT NULL,
    secret_detection_secret_push_protection smallint DEFAULT 0 NOT NULL,
    container_scanning_for_registry smallint DEFAULT 0 NOT NULL,
    secret_detection_pipeline_based smallint DEFAULT 0 NOT NULL,
    container_scanning_pipeline_based smallint DEFAULT 0 NOT NULL,
    secret_detection smallint DEFAULT 0 NOT NULL,
    container_scanning smallint DEFAULT 0 NOT NULL,
    total integer DEFAULT 0 NOT NULL,
    critical integer DEFAULT 0 NOT NULL,
    high integer DEFAULT 0 NOT NULL,
    medium integer DEFAULT 0 NOT NULL,
    low integer DEFAULT 0 NOT NULL,
    info integer DEFAULT 0 NOT NULL,
    unknown integer DEFAULT 0 NOT NULL,
    project_id bigint NOT NULL,
    traversal_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    project_name text NOT NULL,
    CONSTRAINT check_project_name_length CHECK ((char_length(project_name) <= 255))
);
CREATE SEQUENCE security_inventory_filters_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE security_inventory_filters_id_seq OWNED BY security_inventory_filters.id;
ALTER TABLE ONLY security_inventory_filters ALTER COLUMN id SET DEFAULT nextval('security_inventory_filters_id_seq'::regclass);
ALTER TABLE ONLY security_inventory_filters ADD CONSTRAINT security_inventory_filters_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_security_inventory_filters_on_project_id ON security_inventory_filters USING btree (project_id);

-- analyzer_project_statuses as 17.11's CreateAnalyzerProjectStatuses creates it (later columns build_id and
-- archived are not read by this job and are left out).
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

-- projects reduced to the columns the job reads (id, name) plus a few NOT NULL ones: its CREATE TABLE was not read.
CREATE TABLE projects (
    id bigint NOT NULL,
    name character varying,
    namespace_id bigint NOT NULL,
    archived boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
