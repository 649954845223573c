-- users reduced to a few of its columns (copied from the ProjectBotUserDetailsBotNamespaceMigration case; the job
-- reads only id). user_details keyed by user_id with some of GitLab's columns, all with their defaults (written
-- from GitLab's schema, not read from the stored structure.sql: every column but user_id has a default or is
-- nullable, which the Ruby's insert of user_id alone relies on). Foreign keys dropped.
CREATE TABLE users (
    id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    username character varying,
    name character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_type smallint DEFAULT 0 NOT NULL
);
ALTER TABLE ONLY users ADD CONSTRAINT users_pkey PRIMARY KEY (id);

CREATE TABLE user_details (
    user_id bigint NOT NULL,
    job_title character varying(200) DEFAULT ''::character varying NOT NULL,
    bio character varying(255) DEFAULT ''::character varying NOT NULL,
    webauthn_xid text,
    provisioned_by_group_id bigint,
    pronouns text,
    pronunciation text,
    phone text,
    linkedin text DEFAULT ''::text NOT NULL,
    twitter text DEFAULT ''::text NOT NULL,
    skype text DEFAULT ''::text NOT NULL,
    website_url text DEFAULT ''::text NOT NULL,
    location text DEFAULT ''::text NOT NULL,
    organization text DEFAULT ''::text NOT NULL,
    onboarding_status jsonb DEFAULT '{}'::jsonb NOT NULL,
    bot_namespace_id bigint
);
ALTER TABLE ONLY user_details ADD CONSTRAINT user_details_pkey PRIMARY KEY (user_id);
