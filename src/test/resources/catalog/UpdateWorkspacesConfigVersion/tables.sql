-- workspaces as in GitLab's db/structure.sql (commit 0016ea05), with its primary key, except that the column this job
-- works on is back under its 16.5 name: config_version integer DEFAULT 1 NOT NULL, as AddConfigVersionToWorkspaces
-- adds it (17.5 renamed it to desired_config_generator_version, which is therefore left out, with its NOT NULL check).
-- force_include_all_resources is boolean DEFAULT true NOT NULL (AddForceIncludeAllResourcesToWorkspaces, then
-- ChangeWorkspacesForceIncludeAllResourcesDefault).
CREATE TABLE workspaces (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    user_id bigint NOT NULL,
    project_id bigint NOT NULL,
    cluster_agent_id bigint NOT NULL,
    desired_state_updated_at timestamp with time zone NOT NULL,
    responded_to_agent_at timestamp with time zone,
    name text NOT NULL,
    namespace text NOT NULL,
    desired_state text NOT NULL,
    actual_state text NOT NULL,
    devfile_path text,
    devfile text,
    processed_devfile text,
    url text,
    deployment_resource_version text,
    personal_access_token_id bigint,
    force_include_all_resources boolean DEFAULT true NOT NULL,
    url_prefix text,
    url_query_string text,
    workspaces_agent_config_version integer NOT NULL,
    config_version integer DEFAULT 1 NOT NULL,
    project_ref text,
    actual_state_updated_at timestamp with time zone DEFAULT '1970-01-01 00:00:00+00'::timestamp with time zone NOT NULL,
    CONSTRAINT check_15543fb0fa CHECK ((char_length(name) <= 64)),
    CONSTRAINT check_157d5f955c CHECK ((char_length(namespace) <= 64)),
    CONSTRAINT check_2b401b0034 CHECK ((char_length(deployment_resource_version) <= 64)),
    CONSTRAINT check_72fee08424 CHECK ((char_length(project_ref) <= 256)),
    CONSTRAINT check_77d1a2ff50 CHECK ((char_length(processed_devfile) <= 65535)),
    CONSTRAINT check_8a0ab61b6b CHECK ((char_length(url_query_string) <= 256)),
    CONSTRAINT check_8e4db5ffc2 CHECK ((char_length(actual_state) <= 32)),
    CONSTRAINT check_9e42558c35 CHECK ((char_length(url) <= 1024)),
    CONSTRAINT check_a758efdc89 CHECK ((project_ref IS NOT NULL)),
    CONSTRAINT check_b70eddcbc1 CHECK ((char_length(desired_state) <= 32)),
    CONSTRAINT check_dc58d56169 CHECK ((char_length(devfile_path) <= 2048)),
    CONSTRAINT check_eb32879a3d CHECK ((char_length(devfile) <= 65535)),
    CONSTRAINT check_ffa8cad434 CHECK ((char_length(url_prefix) <= 256))
);

ALTER TABLE ONLY workspaces
    ADD CONSTRAINT workspaces_pkey PRIMARY KEY (id);
