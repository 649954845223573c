-- clusters and cluster_platforms_kubernetes as GitLab's db/structure.sql defines them. The stored
-- structure.sql predates the sharding key: organization_id, group_id and project_id (bigint, NULL)
-- are added to both tables as the sharding-key migrations add them, and check_73ecf3bb91 (NOT VALID,
-- as spec/lib/gitlab/background_migration/backfill_cluster_platforms_kubernetes_sharding_key_spec.rb
-- recreates it) holds for every row the job updates.
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

CREATE TABLE cluster_platforms_kubernetes (
    id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    api_url text,
    ca_cert text,
    namespace character varying,
    username character varying,
    encrypted_password text,
    encrypted_password_iv character varying,
    encrypted_token text,
    encrypted_token_iv character varying,
    authorization_type smallint,
    organization_id bigint,
    group_id bigint,
    project_id bigint
);
CREATE SEQUENCE cluster_platforms_kubernetes_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE cluster_platforms_kubernetes_id_seq OWNED BY cluster_platforms_kubernetes.id;
ALTER TABLE ONLY cluster_platforms_kubernetes ALTER COLUMN id SET DEFAULT nextval('cluster_platforms_kubernetes_id_seq'::regclass);
ALTER TABLE ONLY cluster_platforms_kubernetes ADD CONSTRAINT cluster_platforms_kubernetes_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_cluster_platforms_kubernetes_on_cluster_id ON cluster_platforms_kubernetes USING btree (cluster_id);
