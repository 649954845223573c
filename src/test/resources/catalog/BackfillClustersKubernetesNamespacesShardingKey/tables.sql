-- clusters as in the BackfillClusterPlatformsKubernetesShardingKey case (GitLab's db/structure.sql plus the
-- sharding-key columns organization_id, group_id, project_id). clusters_kubernetes_namespaces is written
-- from GitLab's schema, not copied: its CREATE TABLE was not in the parts of the stored structure.sql read;
-- organization_id, group_id and sharding_project_id (bigint, NULL) are the sharding-key columns this job
-- fills. Foreign keys dropped.
CREATE TABLE clusters (
    id bigint NOT NULL,
    user_id bigint,
    provider_type integer,
    platform_type integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    enabled boolean DEFAULT true,
    name character varying NOT NULL,
    environment_scope character varying DEFAULT '*'::character varying NOT NULL,
    cluster_type smallint DEFAULT 3 NOT NULL,
    domain character varying,
    managed boolean DEFAULT true NOT NULL,
    namespace_per_environment boolean DEFAULT true NOT NULL,
    management_project_id bigint,
    cleanup_status smallint DEFAULT 1 NOT NULL,
    cleanup_status_reason text,
    helm_major_version integer DEFAULT 3 NOT NULL,
    organization_id bigint,
    group_id bigint,
    project_id bigint
);
ALTER TABLE ONLY clusters ADD CONSTRAINT clusters_pkey PRIMARY KEY (id);

CREATE TABLE clusters_kubernetes_namespaces (
    id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    project_id bigint,
    cluster_project_id bigint,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    encrypted_service_account_token text,
    encrypted_service_account_token_iv character varying,
    namespace character varying NOT NULL,
    service_account_name character varying,
    environment_id bigint,
    organization_id bigint,
    group_id bigint,
    sharding_project_id bigint
);
ALTER TABLE ONLY clusters_kubernetes_namespaces ADD CONSTRAINT clusters_kubernetes_namespaces_pkey PRIMARY KEY (id);
