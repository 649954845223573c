-- users, only the columns the job uses, as GitLab defines them (theme_id smallint; color_mode_id
-- smallint DEFAULT 1 NOT NULL, added in 16.10 before this backfill); written from those columns, not
-- copied whole from db/structure.sql.
CREATE TABLE users (
    id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    updated_at timestamp without time zone,
    theme_id smallint,
    color_mode_id smallint DEFAULT 1 NOT NULL
);
ALTER TABLE ONLY users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
