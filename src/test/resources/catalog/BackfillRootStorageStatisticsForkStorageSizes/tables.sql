-- namespace_root_storage_statistics as GitLab's db/structure.sql (commit 0016ea05) defines it. namespaces,
-- projects, project_statistics, fork_networks and fork_network_members written from the columns the job
-- uses as GitLab defines them (their CREATE TABLEs were not read): namespaces.type varchar and
-- traversal_ids bigint[]; projects.visibility_level integer DEFAULT 0 NOT NULL; project_statistics.
-- storage_size bigint DEFAULT 0 NOT NULL; fork_networks.root_project_id nullable (a deleted root);
-- fork_network_members unique per project.
CREATE TABLE namespace_root_storage_statistics (
    namespace_id bigint NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    repository_size bigint DEFAULT 0 NOT NULL,
    lfs_objects_size bigint DEFAULT 0 NOT NULL,
    wiki_size bigint DEFAULT 0 NOT NULL,
    build_artifacts_size bigint DEFAULT 0 NOT NULL,
    storage_size bigint DEFAULT 0 NOT NULL,
    packages_size bigint DEFAULT 0 NOT NULL,
    snippets_size bigint DEFAULT 0 NOT NULL,
    pipeline_artifacts_size bigint DEFAULT 0 NOT NULL,
    uploads_size bigint DEFAULT 0 NOT NULL,
    dependency_proxy_size bigint DEFAULT 0 NOT NULL,
    notification_level smallint DEFAULT 100 NOT NULL,
    container_registry_size bigint DEFAULT 0 NOT NULL,
    registry_size_estimated boolean DEFAULT false NOT NULL,
    public_forks_storage_size bigint DEFAULT 0 NOT NULL,
    internal_forks_storage_size bigint DEFAULT 0 NOT NULL,
    private_forks_storage_size bigint DEFAULT 0 NOT NULL
);
ALTER TABLE ONLY namespace_root_storage_statistics ADD CONSTRAINT namespace_root_storage_statistics_pkey PRIMARY KEY (namespace_id);
CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    type character varying,
    traversal_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL
);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);
CREATE TABLE projects (
    id bigint NOT NULL,
    name character varying,
    namespace_id bigint NOT NULL,
    visibility_level integer DEFAULT 0 NOT NULL
);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
CREATE TABLE project_statistics (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    namespace_id bigint NOT NULL,
    storage_size bigint DEFAULT 0 NOT NULL
);
ALTER TABLE ONLY project_statistics ADD CONSTRAINT project_statistics_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_project_statistics_on_project_id ON project_statistics USING btree (project_id);
CREATE TABLE fork_networks (
    id bigint NOT NULL,
    root_project_id bigint,
    deleted_root_project_name character varying
);
ALTER TABLE ONLY fork_networks ADD CONSTRAINT fork_networks_pkey PRIMARY KEY (id);
CREATE TABLE fork_network_members (
    id bigint NOT NULL,
    fork_network_id bigint NOT NULL,
    project_id bigint NOT NULL,
    forked_from_project_id bigint
);
ALTER TABLE ONLY fork_network_members ADD CONSTRAINT fork_network_members_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_fork_network_members_on_project_id ON fork_network_members USING btree (project_id);
