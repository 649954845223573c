-- p_ci_builds, list-partitioned by partition_id, with the columns of its partition ci_builds as GitLab's
-- db/structure.sql (commit 0016ea05) defines them (CHECK constraints kept, foreign keys dropped); primary key
-- (id, partition_id) and the index on upstream_pipeline_id that the batching walks. ci_pipelines was a plain
-- table in 17.4: written from the columns the job reads and its primary key, not copied.
CREATE TABLE p_ci_builds (
    status character varying,
    finished_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    started_at timestamp without time zone,
    coverage double precision,
    name character varying,
    options text,
    allow_failure boolean DEFAULT false NOT NULL,
    stage_idx integer,
    tag boolean,
    ref character varying,
    type character varying,
    target_url character varying,
    description character varying,
    erased_at timestamp without time zone,
    artifacts_expire_at timestamp without time zone,
    environment character varying,
    "when" character varying,
    yaml_variables text,
    queued_at timestamp without time zone,
    lock_version integer DEFAULT 0,
    coverage_regex character varying,
    retried boolean,
    protected boolean,
    failure_reason integer,
    scheduled_at timestamp with time zone,
    token_encrypted character varying,
    resource_group_id bigint,
    waiting_for_resource_at timestamp with time zone,
    processed boolean,
    scheduling_type smallint,
    id bigint NOT NULL,
    stage_id bigint,
    partition_id bigint NOT NULL,
    auto_canceled_by_partition_id bigint,
    auto_canceled_by_id bigint,
    commit_id bigint,
    erased_by_id bigint,
    project_id bigint,
    runner_id bigint,
    trigger_request_id bigint,
    upstream_pipeline_id bigint,
    user_id bigint,
    execution_config_id bigint,
    upstream_pipeline_partition_id bigint,
    CONSTRAINT check_1e2fbd1b39 CHECK ((lock_version IS NOT NULL)),
    CONSTRAINT check_9aa9432137 CHECK ((project_id IS NOT NULL))
)
PARTITION BY LIST (partition_id);
ALTER TABLE ONLY p_ci_builds ADD CONSTRAINT p_ci_builds_pkey PRIMARY KEY (id, partition_id);
CREATE INDEX p_ci_builds_upstream_pipeline_id_idx ON p_ci_builds USING btree (upstream_pipeline_id);
CREATE TABLE ci_builds PARTITION OF p_ci_builds FOR VALUES IN ('100', '101');
CREATE TABLE gitlab_partitions_dynamic_ci_builds_102 PARTITION OF p_ci_builds FOR VALUES IN ('102');

CREATE TABLE ci_pipelines (
    id bigint NOT NULL,
    project_id bigint,
    status character varying,
    created_at timestamp without time zone,
    partition_id bigint NOT NULL
);
ALTER TABLE ONLY ci_pipelines ADD CONSTRAINT ci_pipelines_pkey PRIMARY KEY (id);
