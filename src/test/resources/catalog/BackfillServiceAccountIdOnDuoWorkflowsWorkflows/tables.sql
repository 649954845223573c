-- duo_workflows_workflows as GitLab's db/structure.sql defines it (commit 0016ea05), plus the columns later
-- migrations add and the job reads or writes (namespace_id, ai_catalog_item_version_id, service_account_id:
-- bigint, NULL); project_id is nullable here, as GitLab made it for namespace-level workflows. The ai_catalog_*
-- tables, namespaces and projects are written from GitLab's schema, reduced to the columns the job uses and
-- their NOT NULL neighbours: the ai_catalog tables are newer than the stored structure.sql, and the
-- namespaces/projects CREATE TABLEs were not in the parts read. Foreign keys dropped.
CREATE TABLE duo_workflows_workflows (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    project_id bigint,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    status smallint DEFAULT 0 NOT NULL,
    goal text,
    agent_privileges smallint[] DEFAULT '{1,2}'::smallint[] NOT NULL,
    workflow_definition text DEFAULT 'software_development'::text NOT NULL,
    allow_agent_to_request_user boolean DEFAULT true NOT NULL,
    namespace_id bigint,
    ai_catalog_item_version_id bigint,
    service_account_id bigint,
    CONSTRAINT check_5aedde451d CHECK ((char_length(goal) <= 4096)),
    CONSTRAINT check_ec723e2a1a CHECK ((char_length(workflow_definition) <= 255))
);
ALTER TABLE ONLY duo_workflows_workflows ADD CONSTRAINT duo_workflows_workflows_pkey PRIMARY KEY (id);

CREATE TABLE ai_catalog_items (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    project_id bigint,
    item_type smallint NOT NULL,
    public boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name text NOT NULL,
    description text,
    foundational_flow_reference text
);
ALTER TABLE ONLY ai_catalog_items ADD CONSTRAINT ai_catalog_items_pkey PRIMARY KEY (id);

CREATE TABLE ai_catalog_item_versions (
    id bigint NOT NULL,
    ai_catalog_item_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version text NOT NULL,
    definition jsonb DEFAULT '{}'::jsonb NOT NULL
);
ALTER TABLE ONLY ai_catalog_item_versions ADD CONSTRAINT ai_catalog_item_versions_pkey PRIMARY KEY (id);

CREATE TABLE ai_catalog_item_consumers (
    id bigint NOT NULL,
    ai_catalog_item_id bigint NOT NULL,
    group_id bigint,
    project_id bigint,
    organization_id bigint,
    service_account_id bigint,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    enabled boolean DEFAULT false NOT NULL,
    locked boolean DEFAULT true NOT NULL
);
ALTER TABLE ONLY ai_catalog_item_consumers ADD CONSTRAINT ai_catalog_item_consumers_pkey PRIMARY KEY (id);

CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    type character varying DEFAULT 'User'::character varying NOT NULL,
    parent_id bigint,
    traversal_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL
);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);

CREATE TABLE projects (
    id bigint NOT NULL,
    name character varying,
    path character varying,
    namespace_id bigint NOT NULL,
    project_namespace_id bigint
);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
