-- security_inventory_filters as 18.3's CreateSecurityInventoryFilters creates it (project_name text limit 255:
-- GitLab's create_table adds a CHECK, its generated name is not known here; the unique index on project_id is
-- the one upsert_all's unique_by names).
CREATE TABLE security_inventory_filters (
    id bigint NOT NULL,
    archived boolean DEFAULT false NOT NULL,
    sast smallint DEFAULT 0 NOT NULL,
    sast_advanced smallint DEFAULT 0 NOT NULL,
    sast_iac smallint DEFAULT 0 NOT NULL,
    dast smallint DEFAULT 0 NOT NULL,
    dependency_scanning smallint DEFAULT 0 NOT NULL,
    coverage_fuzzing smallint DEFAULT 0 NOT NULL,
    api_fuzzing smallint DEFAULT 0 NOT NULL,
    cluster_image_scanning smallint DEFAULT 0 NOT NULL,
    secret_detection_secret_push_protection smallint DEFAULT 0 NOT NULL,
    container_scanning_for_registry smallint DEFAULT 0 NOT NULL,
    secret_detection_pipeline_based smallint DEFAULT 0 NOT NULL,
    container_scanning_pipeline_based smallint DEFAULT 0 NOT NULL,
    secret_detection smallint DEFAULT 0 NOT NULL,
    container_scanning smallint DEFAULT 0 NOT NULL,
    total integer DEFAULT 0 NOT NULL,
    critical integer DEFAULT 0 NOT NULL,
    high integer DEFAULT 0 NOT NULL,
    medium integer DEFAULT 0 NOT NULL,
    low integer DEFAULT 0 NOT NULL,
    info integer DEFAULT 0 NOT NULL,
    unknown integer DEFAULT 0 NOT NULL,
    project_id bigint NOT NULL,
    traversal_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    project_name text NOT NULL,
    CONSTRAINT check_project_name_length CHECK ((char_length(project_name) <= 255))
);
CREATE SEQUENCE security_inventory_filters_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE security_inventory_filters_id_seq OWNED BY security_inventory_filters.id;
ALTER TABLE ONLY security_inventory_filters ALTER COLUMN id SET DEFAULT nextval('security_inventory_filters_id_seq'::regclass);
ALTER TABLE ONLY security_inventory_filters ADD CONSTRAINT security_inventory_filters_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_security_inventory_filters_on_project_id ON security_inventory_filters USING btree (project_id);

-- namespace_settings as GitLab's db/structure.sql defines it (copied from the
-- UpdateRequireDpopForManageApiEndpointsToFalse case; archived boolean DEFAULT false NOT NULL).
CREATE TABLE namespace_settings (
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    namespace_id bigint NOT NULL,
    prevent_forking_outside_group boolean DEFAULT false NOT NULL,
    allow_mfa_for_subgroups boolean DEFAULT true NOT NULL,
    default_branch_name text,
    repository_read_only boolean DEFAULT false NOT NULL,
    resource_access_token_creation_allowed boolean DEFAULT true NOT NULL,
    prevent_sharing_groups_outside_hierarchy boolean DEFAULT false NOT NULL,
    new_user_signups_cap integer,
    setup_for_company boolean,
    jobs_to_be_done smallint,
    runner_token_expiration_interval integer,
    subgroup_runner_token_expiration_interval integer,
    project_runner_token_expiration_interval integer,
    show_diff_preview_in_email boolean DEFAULT true NOT NULL,
    enabled_git_access_protocol smallint DEFAULT 0 NOT NULL,
    unique_project_download_limit smallint DEFAULT 0 NOT NULL,
    unique_project_download_limit_interval_in_seconds integer DEFAULT 0 NOT NULL,
    unique_project_download_limit_allowlist text[] DEFAULT '{}'::text[] NOT NULL,
    auto_ban_user_on_excessive_projects_download boolean DEFAULT false NOT NULL,
    only_allow_merge_if_pipeline_succeeds boolean DEFAULT false NOT NULL,
    allow_merge_on_skipped_pipeline boolean DEFAULT false NOT NULL,
    only_allow_merge_if_all_discussions_are_resolved boolean DEFAULT false NOT NULL,
    default_compliance_framework_id bigint,
    runner_registration_enabled boolean DEFAULT true,
    allow_runner_registration_token boolean DEFAULT true NOT NULL,
    unique_project_download_limit_alertlist integer[] DEFAULT '{}'::integer[] NOT NULL,
    emails_enabled boolean DEFAULT true NOT NULL,
    experiment_features_enabled boolean DEFAULT false NOT NULL,
    default_branch_protection_defaults jsonb DEFAULT '{}'::jsonb NOT NULL,
    service_access_tokens_expiration_enforced boolean DEFAULT true NOT NULL,
    product_analytics_enabled boolean DEFAULT false NOT NULL,
    allow_merge_without_pipeline boolean DEFAULT false NOT NULL,
    enforce_ssh_certificates boolean DEFAULT false NOT NULL,
    math_rendering_limits_enabled boolean,
    lock_math_rendering_limits_enabled boolean DEFAULT false NOT NULL,
    duo_features_enabled boolean,
    lock_duo_features_enabled boolean DEFAULT false NOT NULL,
    disable_personal_access_tokens boolean DEFAULT false NOT NULL,
    enable_auto_assign_gitlab_duo_pro_seats boolean DEFAULT false NOT NULL,
    early_access_program_participant boolean DEFAULT false NOT NULL,
    remove_dormant_members boolean DEFAULT false NOT NULL,
    remove_dormant_members_period integer DEFAULT 90 NOT NULL,
    early_access_program_joined_by_id bigint,
    seat_control smallint DEFAULT 0 NOT NULL,
    last_dormant_member_review_at timestamp with time zone,
    enterprise_users_extensions_marketplace_opt_in_status smallint DEFAULT 0 NOT NULL,
    spp_repository_pipeline_access boolean,
    lock_spp_repository_pipeline_access boolean DEFAULT false NOT NULL,
    archived boolean DEFAULT false NOT NULL,
    token_expiry_notify_inherited boolean DEFAULT true NOT NULL,
    resource_access_token_notify_inherited boolean,
    lock_resource_access_token_notify_inherited boolean DEFAULT false NOT NULL,
    pipeline_variables_default_role smallint DEFAULT 2 NOT NULL,
    force_pages_access_control boolean DEFAULT false NOT NULL,
    extended_grat_expiry_webhooks_execute boolean DEFAULT false NOT NULL,
    jwt_ci_cd_job_token_enabled boolean DEFAULT false NOT NULL,
    jwt_ci_cd_job_token_opted_out boolean DEFAULT false NOT NULL,
    require_dpop_for_manage_api_endpoints boolean DEFAULT true NOT NULL,
    job_token_policies_enabled boolean DEFAULT false NOT NULL,
    usage_billing jsonb,
    CONSTRAINT check_0ba93c78c7 CHECK ((char_length(default_branch_name) <= 255)),
    CONSTRAINT namespace_settings_unique_project_download_limit_alertlist_size CHECK ((cardinality(unique_project_download_limit_alertlist) <= 100)),
    CONSTRAINT namespace_settings_unique_project_download_limit_allowlist_size CHECK ((cardinality(unique_project_download_limit_allowlist) <= 100))
);
ALTER TABLE ONLY namespace_settings ADD CONSTRAINT namespace_settings_pkey PRIMARY KEY (namespace_id);

-- projects and namespaces reduced to the columns the job reads (id, namespace_id, archived; id, type,
-- traversal_ids) plus a few NOT NULL ones: their CREATE TABLEs were not read.
CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    type character varying DEFAULT 'User'::character varying NOT NULL,
    traversal_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL
);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);

CREATE TABLE projects (
    id bigint NOT NULL,
    name character varying,
    namespace_id bigint NOT NULL,
    archived boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
