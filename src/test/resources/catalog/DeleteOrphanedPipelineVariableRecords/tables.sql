-- p_ci_pipeline_variables and p_ci_pipelines, partitioned by partition_id as in GitLab. Written from the
-- columns the job uses and GitLab's keys (PRIMARY KEY (id, partition_id)), not copied from the stored
-- db/structure.sql (the partitioned tables' section was not read): p_ci_pipelines has many more columns in
-- GitLab, none of which the job reads. Foreign keys dropped (the orphans predate them).
CREATE TABLE p_ci_pipeline_variables (
    id bigint NOT NULL,
    key character varying NOT NULL,
    value text,
    encrypted_value text,
    encrypted_value_salt character varying,
    encrypted_value_iv character varying,
    variable_type smallint DEFAULT 1 NOT NULL,
    partition_id bigint NOT NULL,
    raw boolean DEFAULT false NOT NULL,
    pipeline_id bigint NOT NULL,
    project_id bigint
)
PARTITION BY LIST (partition_id);
ALTER TABLE ONLY p_ci_pipeline_variables ADD CONSTRAINT p_ci_pipeline_variables_pkey PRIMARY KEY (id, partition_id);
CREATE INDEX index_p_ci_pipeline_variables_on_pipeline_id ON p_ci_pipeline_variables USING btree (pipeline_id);
CREATE TABLE ci_pipeline_variables PARTITION OF p_ci_pipeline_variables FOR VALUES IN ('100', '101');
CREATE TABLE gitlab_partitions_dynamic_ci_pipeline_variables_102 PARTITION OF p_ci_pipeline_variables FOR VALUES IN ('102');

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
