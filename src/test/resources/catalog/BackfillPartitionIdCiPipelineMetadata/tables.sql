-- ci_pipeline_metadata written from GitLab's columns and primary key, not copied from db/structure.sql (look-ups were scarce;
-- foreign keys dropped). ci_pipelines and p_ci_builds (unpartitioned here) are written from the columns the job
-- reads and their primary keys, not copied: GitLab's have many more columns.
CREATE TABLE ci_pipeline_metadata (
    project_id bigint NOT NULL,
    name text,
    pipeline_id bigint NOT NULL,
    partition_id bigint NOT NULL
);
ALTER TABLE ONLY ci_pipeline_metadata ADD CONSTRAINT ci_pipeline_metadata_pkey PRIMARY KEY (pipeline_id);

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
