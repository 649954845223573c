-- web_hook_logs: written from web_hook_logs_daily's columns in the BackfillWebHookLogsDailyShardingKeys
-- case (GitLab created the daily table like web_hook_logs) without the later sharding keys; primary key
-- (id, created_at). GitLab partitions it by month; created unpartitioned here: the job reads it by
-- cursor and does not depend on its partitioning.
CREATE TABLE web_hook_logs (
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
    url_hash text
);
ALTER TABLE ONLY web_hook_logs ADD CONSTRAINT web_hook_logs_pkey PRIMARY KEY (id, created_at);

-- web_hook_logs_daily is newer than the stored structure.sql: the same columns, partitioned by day on
-- created_at (the job reads the lower bound of its first partition, so it is partitioned here), primary
-- key (id, created_at); id takes its value from a sequence (the job does not copy id; the sequence is
-- written here, its name is not GitLab's).
CREATE SEQUENCE web_hook_logs_daily_id_seq;
CREATE TABLE web_hook_logs_daily (
    id bigint DEFAULT nextval('web_hook_logs_daily_id_seq') NOT NULL,
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
    url_hash text
) PARTITION BY RANGE (created_at);
ALTER TABLE ONLY web_hook_logs_daily ADD CONSTRAINT web_hook_logs_daily_pkey PRIMARY KEY (id, created_at);
-- created out of name order: the first partition is the first by name, not the first created
CREATE TABLE web_hook_logs_daily_20260302 PARTITION OF web_hook_logs_daily
    FOR VALUES FROM ('2026-03-02 00:00:00') TO ('2026-03-03 00:00:00');
CREATE TABLE web_hook_logs_daily_20260301 PARTITION OF web_hook_logs_daily
    FOR VALUES FROM ('2026-03-01 00:00:00') TO ('2026-03-02 00:00:00');
CREATE TABLE web_hook_logs_daily_20260303 PARTITION OF web_hook_logs_daily
    FOR VALUES FROM ('2026-03-03 00:00:00') TO ('2027-01-01 00:00:00');
