-- p_ci_pipelines and p_ci_stages: their CREATE TABLEs (in the partitioned tables' section of db/structure.sql)
-- were not read. Written from GitLab's schema, reduced to the columns the job reads (id, pipeline_id,
-- partition_id) plus a few others, and created unpartitioned: the job does not depend on partitioning
-- (it matches pipeline and partition explicitly). Primary keys (id, partition_id) as GitLab has them.
CREATE TABLE p_ci_pipelines (
    id bigint NOT NULL,
    project_id bigint,
    ref character varying,
    sha character varying,
    status character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    partition_id bigint NOT NULL
);
ALTER TABLE ONLY p_ci_pipelines ADD CONSTRAINT p_ci_pipelines_pkey PRIMARY KEY (id, partition_id);
CREATE TABLE p_ci_stages (
    id bigint NOT NULL,
    project_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying,
    status integer,
    lock_version integer DEFAULT 0,
    "position" integer,
    pipeline_id bigint,
    partition_id bigint NOT NULL
);
ALTER TABLE ONLY p_ci_stages ADD CONSTRAINT p_ci_stages_pkey PRIMARY KEY (id, partition_id);
CREATE INDEX index_p_ci_stages_on_pipeline_id_and_id ON p_ci_stages USING btree (pipeline_id, id);
