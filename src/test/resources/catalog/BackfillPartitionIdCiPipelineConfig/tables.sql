-- ci_pipelines_config written from GitLab's columns (pipeline_id, content, partition_id) and primary key, not
-- copied from db/structure.sql (look-ups were scarce; foreign keys dropped). ci_pipelines and p_ci_builds
-- (unpartitioned here) are written from the columns the job reads, not copied.
CREATE TABLE ci_pipelines_config (
    pipeline_id bigint NOT NULL,
    content text NOT NULL,
    partition_id bigint NOT NULL
);
ALTER TABLE ONLY ci_pipelines_config ADD CONSTRAINT ci_pipelines_config_pkey PRIMARY KEY (pipeline_id);

CREATE TABLE ci_pipelines (
    id bigint NOT NULL,
    project_id bigint,
    status character varying,
    partition_id bigint NOT NULL
);
ALTER TABLE ONLY ci_pipelines ADD CONSTRAINT ci_pipelines_pkey PRIMARY KEY (id);

CREATE TABLE p_ci_builds (
    id bigint NOT NULL,
    commit_id bigint,
    partition_id bigint NOT NULL
);
ALTER TABLE ONLY p_ci_builds ADD CONSTRAINT p_ci_builds_pkey PRIMARY KEY (id, partition_id);
