-- protected_environment_deploy_access_levels as in GitLab's db/structure.sql (commit 0016ea05), with its primary key;
-- namespaces reduced to id, name, path and type (character varying DEFAULT 'User' NOT NULL, as GitLab has it; its
-- CREATE TABLE was not read here).
CREATE TABLE protected_environment_deploy_access_levels (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    access_level integer,
    protected_environment_id bigint NOT NULL,
    user_id bigint,
    group_id bigint,
    group_inheritance_type smallint DEFAULT 0 NOT NULL,
    protected_environment_project_id bigint,
    protected_environment_group_id bigint,
    CONSTRAINT check_deploy_access_levels_user_group_access_level_any_not_null CHECK ((num_nonnulls(user_id, group_id, access_level) = 1))
);

ALTER TABLE ONLY protected_environment_deploy_access_levels
    ADD CONSTRAINT protected_environment_deploy_access_levels_pkey PRIMARY KEY (id);

CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    type character varying DEFAULT 'User'::character varying NOT NULL
);

ALTER TABLE ONLY namespaces
    ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);
