-- members and group_group_links reduced to the columns the job reads plus a few NOT NULL ones (their CREATE
-- TABLEs were not in the parts of the stored db/structure.sql read for this case); user_group_member_roles as
-- 17.10's CreateUserGroupMemberRolesTable creates it, plus the unique index on (user_id, group_id,
-- shared_with_group_id) that upsert_all's unique_by needs (added by a later migration not read here).
CREATE TABLE members (
    id bigint NOT NULL,
    access_level integer NOT NULL,
    source_id bigint NOT NULL,
    source_type character varying NOT NULL,
    user_id bigint,
    notification_level integer NOT NULL,
    type character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    requested_at timestamp without time zone,
    state smallint DEFAULT 0,
    member_role_id bigint,
    member_namespace_id bigint
);
ALTER TABLE ONLY members ADD CONSTRAINT members_pkey PRIMARY KEY (id);

CREATE TABLE group_group_links (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    shared_group_id bigint NOT NULL,
    shared_with_group_id bigint NOT NULL,
    expires_at date,
    group_access smallint DEFAULT 30 NOT NULL,
    member_role_id bigint
);
ALTER TABLE ONLY group_group_links ADD CONSTRAINT group_group_links_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_group_group_links_on_shared_group_and_shared_with_group ON group_group_links USING btree (shared_group_id, shared_with_group_id);

CREATE TABLE user_group_member_roles (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    group_id bigint NOT NULL,
    shared_with_group_id bigint,
    member_role_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
CREATE SEQUENCE user_group_member_roles_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE user_group_member_roles_id_seq OWNED BY user_group_member_roles.id;
ALTER TABLE ONLY user_group_member_roles ALTER COLUMN id SET DEFAULT nextval('user_group_member_roles_id_seq'::regclass);
ALTER TABLE ONLY user_group_member_roles ADD CONSTRAINT user_group_member_roles_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX unique_user_group_member_roles_all_ids ON user_group_member_roles USING btree (user_id, group_id, shared_with_group_id, member_role_id);
CREATE UNIQUE INDEX unique_user_group_member_roles_user_group_shared_with ON user_group_member_roles USING btree (user_id, group_id, shared_with_group_id);
