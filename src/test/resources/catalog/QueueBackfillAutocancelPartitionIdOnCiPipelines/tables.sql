-- ci_pipelines was a plain table in 17.2-17.4 (later a partition of p_ci_pipelines). Written from the columns the
-- job reads and writes and its primary key, not copied from the stored db/structure.sql (whose ci_pipelines is
-- a partition); GitLab's has many more columns, none of which the job reads. Foreign keys dropped.
CREATE TABLE ci_pipelines (
    id bigint NOT NULL,
    project_id bigint,
    ref character varying,
    status character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    auto_canceled_by_id bigint,
    partition_id bigint NOT NULL,
    auto_canceled_by_partition_id bigint
);
ALTER TABLE ONLY ci_pipelines ADD CONSTRAINT ci_pipelines_pkey PRIMARY KEY (id);
