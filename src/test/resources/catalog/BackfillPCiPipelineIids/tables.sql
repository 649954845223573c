-- p_ci_pipelines reduced to its keys and the columns the job reads (written from GitLab's schema: list
-- partitioned by partition_id, primary key (id, partition_id); iid integer, project_id bigint), with
-- two partitions in gitlab_partitions_dynamic. p_ci_pipeline_iids is newer than the stored structure.sql:
-- (project_id bigint, iid bigint) with primary key (project_id, iid), the key ON CONFLICT relies on;
-- created unpartitioned (GitLab's is hash-partitioned on project_id, which the job does not depend on).
CREATE SCHEMA IF NOT EXISTS gitlab_partitions_dynamic;
CREATE TABLE p_ci_pipelines (
    id bigint NOT NULL,
    iid integer,
    project_id bigint,
    status character varying,
    created_at timestamp without time zone,
    partition_id bigint NOT NULL
) PARTITION BY LIST (partition_id);
ALTER TABLE ONLY p_ci_pipelines ADD CONSTRAINT p_ci_pipelines_pkey PRIMARY KEY (id, partition_id);
CREATE TABLE gitlab_partitions_dynamic.ci_pipelines_100 PARTITION OF p_ci_pipelines FOR VALUES IN ('100');
CREATE TABLE gitlab_partitions_dynamic.ci_pipelines_101 PARTITION OF p_ci_pipelines FOR VALUES IN ('101');

CREATE TABLE p_ci_pipeline_iids (
    project_id bigint NOT NULL,
    iid bigint NOT NULL
);
ALTER TABLE ONLY p_ci_pipeline_iids ADD CONSTRAINT p_ci_pipeline_iids_pkey PRIMARY KEY (project_id, iid);
