-- organization_users as GitLab's db/structure.sql (commit 0016ea05) defines it (copied from the
-- RemoveInvalidOrganizationUsers case; foreign keys dropped), with its sequence and the unique index on
-- (organization_id, user_id) that upsert_all's unique_by relies on (index written as GitLab names it; its
-- CREATE UNIQUE INDEX was not read). users reduced to id, email and admin (its CREATE TABLE was not read).
CREATE TABLE users (
    id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    admin boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY users ADD CONSTRAINT users_pkey PRIMARY KEY (id);

CREATE TABLE organization_users (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    access_level smallint DEFAULT 10 NOT NULL
);
CREATE SEQUENCE organization_users_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE organization_users_id_seq OWNED BY organization_users.id;
ALTER TABLE ONLY organization_users ALTER COLUMN id SET DEFAULT nextval('organization_users_id_seq'::regclass);
ALTER TABLE ONLY organization_users ADD CONSTRAINT organization_users_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_organization_users_on_organization_id_and_user_id ON organization_users USING btree (organization_id, user_id);
