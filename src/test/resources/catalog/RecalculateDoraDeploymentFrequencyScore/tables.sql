-- dora_performance_scores, dora_daily_metrics and environments as GitLab's db/structure.sql (commit 0016ea05)
-- defines them (foreign keys dropped).
CREATE TABLE dora_performance_scores (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    date date NOT NULL,
    deployment_frequency smallint,
    lead_time_for_changes smallint,
    time_to_restore_service smallint,
    change_failure_rate smallint
);
ALTER TABLE ONLY dora_performance_scores ADD CONSTRAINT dora_performance_scores_pkey PRIMARY KEY (id);

CREATE TABLE dora_daily_metrics (
    id bigint NOT NULL,
    environment_id bigint NOT NULL,
    date date NOT NULL,
    deployment_frequency integer,
    lead_time_for_changes_in_seconds integer,
    time_to_restore_service_in_seconds integer,
    incidents_count integer,
    project_id bigint,
    CONSTRAINT check_25a1971e50 CHECK ((project_id IS NOT NULL)),
    CONSTRAINT dora_daily_metrics_deployment_frequency_positive CHECK ((deployment_frequency >= 0)),
    CONSTRAINT dora_daily_metrics_lead_time_for_changes_in_seconds_positive CHECK ((lead_time_for_changes_in_seconds >= 0))
);
ALTER TABLE ONLY dora_daily_metrics ADD CONSTRAINT dora_daily_metrics_pkey PRIMARY KEY (id);

CREATE TABLE environments (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    external_url character varying,
    environment_type character varying,
    state character varying DEFAULT 'available'::character varying NOT NULL,
    slug character varying NOT NULL,
    auto_stop_at timestamp with time zone,
    auto_delete_at timestamp with time zone,
    tier smallint,
    merge_request_id bigint,
    cluster_agent_id bigint,
    kubernetes_namespace text,
    flux_resource_path text,
    description text,
    description_html text,
    cached_markdown_version integer,
    auto_stop_setting smallint DEFAULT 0 NOT NULL,
    CONSTRAINT check_23b1eb18a2 CHECK ((char_length(flux_resource_path) <= 255)),
    CONSTRAINT check_ad5e1ed5e1 CHECK ((char_length(description) <= 10000)),
    CONSTRAINT check_b5373a1804 CHECK ((char_length(kubernetes_namespace) <= 63)),
    CONSTRAINT check_d26221226f CHECK ((char_length(description_html) <= 50000))
);
ALTER TABLE ONLY environments ADD CONSTRAINT environments_pkey PRIMARY KEY (id);
