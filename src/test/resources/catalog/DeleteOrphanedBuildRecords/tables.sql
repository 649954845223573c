-- Copied from the NullifyBuildsAutoCanceledById case: p_ci_builds and p_ci_pipelines, partitioned by partition_id as in GitLab. Written from the columns the job
-- uses and GitLab's keys (PRIMARY KEY (id, partition_id), an index on commit_id for the batching to walk, its name as remembered),
-- not copied from the stored db/structure.sql (the partitioned tables' section was not read): GitLab's tables
-- have many more columns, none of which the job reads. Foreign keys dropped (the dangling ids predate them).
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
    "when" character varying,
    auto_canceled_by_partition_id bigint,
    auto_canceled_by_id bigint,
    commit_id bigint,
    project_id bigint,
    partition_id bigint NOT NULL,
    id bigint NOT NULL
)
PARTITION BY LIST (partition_id);
ALTER TABLE ONLY p_ci_builds ADD CONSTRAINT p_ci_builds_pkey PRIMARY KEY (id, partition_id);
CREATE INDEX p_ci_builds_commit_id_status_type_idx ON p_ci_builds USING btree (commit_id, status, type);
CREATE TABLE ci_builds PARTITION OF p_ci_builds FOR VALUES IN ('100', '101');
CREATE TABLE gitlab_partitions_dynamic_ci_builds_102 PARTITION OF p_ci_builds FOR VALUES IN ('102');

CREATE TABLE p_ci_pipelines (
    id bigint NOT NULL,
    partition_id bigint NOT NULL,
    project_id bigint,
    ref character varying,
    sha character varying,
    status character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
)
PARTITION BY LIST (partition_id);
ALTER TABLE ONLY p_ci_pipelines ADD CONSTRAINT p_ci_pipelines_pkey PRIMARY KEY (id, partition_id);
CREATE TABLE ci_pipelines PARTITION OF p_ci_pipelines FOR VALUES IN ('100', '101');
CREATE TABLE gitlab_partitions_dynamic_ci_pipelines_102 PARTITION OF p_ci_pipelines FOR VALUES IN ('102');
