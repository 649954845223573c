-- plans as GitLab's db/structure.sql (commit 0016ea05) defines it. users, members, projects, namespaces
-- and gitlab_subscriptions reduced to the columns the job reads plus a few NOT NULL ones, written from
-- GitLab's schema (their CREATE TABLEs were not in the parts of the stored structure.sql read); no
-- foreign keys.
CREATE TABLE plans (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying,
    title character varying
);
ALTER TABLE ONLY plans ADD CONSTRAINT plans_pkey PRIMARY KEY (id);

CREATE TABLE users (
    id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    username character varying,
    projects_limit integer NOT NULL,
    user_type smallint DEFAULT 0 NOT NULL,
    organization_id bigint NOT NULL
);
ALTER TABLE ONLY users ADD CONSTRAINT users_pkey PRIMARY KEY (id);

CREATE TABLE members (
    id bigint NOT NULL,
    access_level integer NOT NULL,
    source_id bigint NOT NULL,
    source_type character varying NOT NULL,
    user_id bigint,
    type character varying NOT NULL,
    member_namespace_id bigint NOT NULL
);
ALTER TABLE ONLY members ADD CONSTRAINT members_pkey PRIMARY KEY (id);

CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    type character varying DEFAULT 'User'::character varying NOT NULL,
    parent_id bigint,
    traversal_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    organization_id bigint NOT NULL
);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);

CREATE TABLE projects (
    id bigint NOT NULL,
    name character varying,
    path character varying,
    namespace_id bigint NOT NULL,
    project_namespace_id bigint,
    organization_id bigint
);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);

CREATE TABLE gitlab_subscriptions (
    id bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    start_date date,
    end_date date,
    namespace_id bigint,
    hosted_plan_id bigint,
    seats integer DEFAULT 0,
    trial boolean DEFAULT false
);
ALTER TABLE ONLY gitlab_subscriptions ADD CONSTRAINT gitlab_subscriptions_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_gitlab_subscriptions_on_namespace_id ON gitlab_subscriptions USING btree (namespace_id);
