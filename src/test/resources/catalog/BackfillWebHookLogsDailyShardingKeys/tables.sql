-- web_hook_logs_daily is newer than the stored structure.sql (commit 0016ea05); written from
-- web_hook_logs' columns plus the sharding keys GitLab added (organization_id, project_id, group_id,
-- bigint, NULL allowed), primary key (id, created_at). GitLab partitions it by day on created_at; it is
-- created unpartitioned here because the job does not depend on partitioning.
CREATE TABLE web_hook_logs_daily (
    id bigint NOT NULL,
    web_hook_id bigint NOT NULL,
    trigger character varying,
    url character varying,
    request_headers text,
    request_data text,
    response_headers text,
    response_body text,
    response_status character varying,
    execution_duration double precision,
    internal_error_message character varying,
    updated_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    url_hash text,
    organization_id bigint,
    project_id bigint,
    group_id bigint
);
ALTER TABLE ONLY web_hook_logs_daily ADD CONSTRAINT web_hook_logs_daily_pkey PRIMARY KEY (id, created_at);

-- web_hooks: only the columns the job reads, with the sharding-key check GitLab has.
CREATE TABLE web_hooks (
    id bigint NOT NULL,
    project_id bigint,
    group_id bigint,
    organization_id bigint,
    type character varying DEFAULT 'ProjectHook'::character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
ALTER TABLE ONLY web_hooks ADD CONSTRAINT web_hooks_pkey PRIMARY KEY (id);
