-- ci_pipeline_messages written from GitLab's columns (severity, content, pipeline_id, partition_id) and its
-- primary key; not copied from db/structure.sql (look-ups were scarce), foreign keys dropped. ci_pipelines is
-- written from the columns the job reads and its primary key, not copied: GitLab's has many more columns.
CREATE TABLE ci_pipeline_messages (
    id bigint NOT NULL,
    severity smallint DEFAULT 0 NOT NULL,
    content text NOT NULL,
    pipeline_id bigint NOT NULL,
    partition_id bigint NOT NULL,
    CONSTRAINT check_58ca2981b2 CHECK ((char_length(content) <= 10000))
);
ALTER TABLE ONLY ci_pipeline_messages ADD CONSTRAINT ci_pipeline_messages_pkey PRIMARY KEY (id);

CREATE TABLE ci_pipelines (
    id bigint NOT NULL,
    project_id bigint,
    status character varying,
    created_at timestamp without time zone,
    partition_id bigint NOT NULL
);
ALTER TABLE ONLY ci_pipelines ADD CONSTRAINT ci_pipelines_pkey PRIMARY KEY (id);
