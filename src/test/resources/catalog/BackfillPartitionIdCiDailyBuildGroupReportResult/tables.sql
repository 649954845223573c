-- ci_daily_build_group_report_results as GitLab's db/structure.sql (commit 0016ea05) defines it (foreign keys
-- dropped). ci_pipelines was a plain table in 17.4 (later a partition of p_ci_pipelines); written here from the
-- columns the job reads and its primary key, not copied: GitLab's has many more columns.
CREATE TABLE ci_daily_build_group_report_results (
    id bigint NOT NULL,
    date date NOT NULL,
    project_id bigint NOT NULL,
    last_pipeline_id bigint NOT NULL,
    ref_path text NOT NULL,
    group_name text NOT NULL,
    data jsonb NOT NULL,
    default_branch boolean DEFAULT false NOT NULL,
    group_id bigint,
    partition_id bigint NOT NULL
);
ALTER TABLE ONLY ci_daily_build_group_report_results ADD CONSTRAINT ci_daily_build_group_report_results_pkey PRIMARY KEY (id);

CREATE TABLE ci_pipelines (
    id bigint NOT NULL,
    project_id bigint,
    status character varying,
    created_at timestamp without time zone,
    partition_id bigint NOT NULL
);
ALTER TABLE ONLY ci_pipelines ADD CONSTRAINT ci_pipelines_pkey PRIMARY KEY (id);
