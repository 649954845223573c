-- Written from the columns the job uses (types and defaults as GitLab gives them), not read from the stored
-- db/structure.sql (look-ups ran out): projects, namespaces and application_settings reduced to those columns;
-- project_compliance_standards_adherence with the unique index its ON CONFLICT relies on.
CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    type character varying DEFAULT 'User'::character varying NOT NULL
);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);

CREATE TABLE projects (
    id bigint NOT NULL,
    name character varying,
    namespace_id bigint NOT NULL,
    merge_requests_author_approval boolean DEFAULT false,
    merge_requests_disable_committers_approval boolean
);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);

CREATE TABLE application_settings (
    id bigint NOT NULL,
    prevent_merge_requests_author_approval boolean DEFAULT false NOT NULL,
    prevent_merge_requests_committers_approval boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY application_settings ADD CONSTRAINT application_settings_pkey PRIMARY KEY (id);

CREATE TABLE group_merge_request_approval_settings (
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    group_id bigint NOT NULL,
    allow_author_approval boolean DEFAULT false NOT NULL,
    allow_committer_approval boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY group_merge_request_approval_settings ADD CONSTRAINT group_merge_request_approval_settings_pkey PRIMARY KEY (group_id);

CREATE TABLE approval_project_rules (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    project_id bigint NOT NULL,
    approvals_required smallint DEFAULT 0 NOT NULL,
    name character varying NOT NULL
);
ALTER TABLE ONLY approval_project_rules ADD CONSTRAINT approval_project_rules_pkey PRIMARY KEY (id);

CREATE TABLE project_compliance_standards_adherence (
    id bigserial NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    project_id bigint NOT NULL,
    namespace_id bigint NOT NULL,
    check_name smallint NOT NULL,
    standard smallint NOT NULL,
    status smallint NOT NULL
);
ALTER TABLE ONLY project_compliance_standards_adherence ADD CONSTRAINT project_compliance_standards_adherence_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX u_project_compliance_standards_adherence_for_reporting ON project_compliance_standards_adherence USING btree (project_id, check_name, standard);
