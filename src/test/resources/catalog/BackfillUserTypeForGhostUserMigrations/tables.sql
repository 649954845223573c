-- ghost_user_migrations as GitLab's db/structure.sql defines it (commit 0016ea05), plus user_type, which a
-- later migration adds (not in the stored structure.sql; written as a nullable smallint like users.user_type,
-- NULL until this job fills it). users is reduced to its key and user_type (smallint DEFAULT 0 NOT NULL in
-- GitLab's schema) and a few columns for readability: its CREATE TABLE was not in the parts of the stored
-- structure.sql read. Foreign keys dropped.
CREATE TABLE ghost_user_migrations (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    initiator_user_id bigint,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    hard_delete boolean DEFAULT false NOT NULL,
    consume_after timestamp with time zone DEFAULT now() NOT NULL,
    user_type smallint
);
ALTER TABLE ONLY ghost_user_migrations ADD CONSTRAINT ghost_user_migrations_pkey PRIMARY KEY (id);

CREATE TABLE users (
    id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    username character varying,
    name character varying,
    user_type smallint DEFAULT 0 NOT NULL
);
ALTER TABLE ONLY users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
