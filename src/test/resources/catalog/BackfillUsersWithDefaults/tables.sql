-- users, only the columns the job uses, as they were before this backfill (nullable; GitLab gave them
-- defaults and made them NOT NULL afterwards: project_view integer DEFAULT 2, the three booleans DEFAULT
-- false); written from those columns, not copied whole from db/structure.sql.
CREATE TABLE users (
    id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    updated_at timestamp without time zone,
    project_view integer DEFAULT 2,
    hide_no_ssh_key boolean DEFAULT false,
    hide_no_password boolean DEFAULT false,
    notified_of_own_activity boolean DEFAULT false
);
ALTER TABLE ONLY users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
