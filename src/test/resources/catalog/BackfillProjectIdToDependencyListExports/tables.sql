-- dependency_list_exports and p_ci_pipelines as GitLab's db/structure.sql defines them (commit 0016ea05;
-- foreign keys dropped). p_ci_pipelines is partitioned by partition_id, with ci_pipelines (100) and one
-- dynamic partition (101), as GitLab has them.
CREATE TABLE dependency_list_exports (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    project_id bigint,
    user_id bigint,
    file_store integer,
    status smallint DEFAULT 0 NOT NULL,
    file text,
    group_id bigint,
    pipeline_id bigint,
    export_type smallint DEFAULT 0 NOT NULL,
    organization_id bigint,
    expires_at timestamp with time zone,
    send_email boolean DEFAULT false NOT NULL,
    CONSTRAINT check_67a9c23e79 CHECK ((num_nonnulls(group_id, organization_id, project_id) > 0)),
    CONSTRAINT check_fff6fc9b2f CHECK ((char_length(file) <= 255))
);
CREATE SEQUENCE dependency_list_exports_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE dependency_list_exports_id_seq OWNED BY dependency_list_exports.id;
ALTER TABLE ONLY dependency_list_exports ALTER COLUMN id SET DEFAULT nextval('dependency_list_exports_id_seq'::regclass);
ALTER TABLE ONLY dependency_list_exports ADD CONSTRAINT dependency_list_exports_pkey PRIMARY KEY (id);

CREATE SCHEMA IF NOT EXISTS gitlab_partitions_dynamic;
CREATE TABLE p_ci_pipelines (
    ref character varying,
    sha character varying,
    before_sha character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    tag boolean DEFAULT false,
    yaml_errors text,
    committed_at timestamp without time zone,
    project_id bigint,
    status character varying,
    started_at timestamp without time zone,
    finished_at timestamp without time zone,
    duration integer,
    user_id bigint,
    lock_version integer DEFAULT 0,
    pipeline_schedule_id bigint,
    source integer,
    config_source integer,
    protected boolean,
    failure_reason integer,
    iid integer,
    merge_request_id bigint,
    source_sha bytea,
    target_sha bytea,
    external_pull_request_id bigint,
    ci_ref_id bigint,
    locked smallint DEFAULT 1 NOT NULL,
    partition_id bigint NOT NULL,
    id bigint NOT NULL,
    auto_canceled_by_id bigint,
    auto_canceled_by_partition_id bigint,
    trigger_id bigint,
    CONSTRAINT check_2ba2a044b9 CHECK ((project_id IS NOT NULL)),
    CONSTRAINT check_d7e99a025e CHECK ((lock_version IS NOT NULL))
)
PARTITION BY LIST (partition_id);
ALTER TABLE ONLY p_ci_pipelines ADD CONSTRAINT p_ci_pipelines_pkey PRIMARY KEY (id, partition_id);
CREATE TABLE ci_pipelines PARTITION OF p_ci_pipelines FOR VALUES IN ('100');
CREATE TABLE gitlab_partitions_dynamic.ci_pipelines_101 PARTITION OF p_ci_pipelines FOR VALUES IN ('101');
