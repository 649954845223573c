-- users, only the columns the job uses plus a few, as they were when this migration ran (16.0): user_type a
-- nullable smallint (GitLab's upgrade notes: the NOT NULL constraint came in 16.2, after this migration);
-- written from those columns, not copied whole from db/structure.sql.
CREATE TABLE users (
    id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    updated_at timestamp without time zone,
    user_type smallint
);
ALTER TABLE ONLY users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE INDEX index_users_on_user_type ON users USING btree (user_type);
