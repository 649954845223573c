-- users, members and user_details reduced to the columns the job reads and writes and a few of GitLab's NOT NULL
-- ones (their CREATE TABLEs were not read from the stored structure.sql; each has dozens of other columns the
-- job ignores): users.user_type smallint DEFAULT 0, members.member_namespace_id, user_details keyed by user_id
-- with bot_namespace_id. Foreign keys dropped.
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

CREATE TABLE members (
    id bigint NOT NULL,
    access_level integer NOT NULL,
    source_id bigint NOT NULL,
    source_type character varying NOT NULL,
    user_id bigint,
    notification_level integer NOT NULL,
    type character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    member_namespace_id bigint
);
ALTER TABLE ONLY members ADD CONSTRAINT members_pkey PRIMARY KEY (id);

CREATE TABLE user_details (
    user_id bigint NOT NULL,
    job_title character varying(200) DEFAULT ''::character varying NOT NULL,
    bio character varying(255) DEFAULT ''::character varying NOT NULL,
    bot_namespace_id bigint
);
ALTER TABLE ONLY user_details ADD CONSTRAINT user_details_pkey PRIMARY KEY (user_id);
