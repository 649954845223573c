-- group_scim_identities as GitLab's db/structure.sql (commit 0016ea05) defines it, id from its sequence.
-- Its unique indexes were not read; a unique index on (group_id, user_id) stands in for them so that
-- ON CONFLICT DO NOTHING has conflicts to skip. scim_identities is written from the columns of GitLab's
-- schema the job copies (its CREATE TABLE was not read); foreign keys dropped.
CREATE TABLE scim_identities (
    id bigint NOT NULL,
    group_id bigint,
    user_id bigint NOT NULL,
    active boolean DEFAULT false,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    extern_uid character varying(255) NOT NULL
);
ALTER TABLE ONLY scim_identities ADD CONSTRAINT scim_identities_pkey PRIMARY KEY (id);

CREATE TABLE group_scim_identities (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    temp_source_id bigint,
    active boolean DEFAULT false,
    extern_uid text NOT NULL,
    CONSTRAINT check_53de3ba272 CHECK ((char_length(extern_uid) <= 255))
);
CREATE SEQUENCE group_scim_identities_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE group_scim_identities_id_seq OWNED BY group_scim_identities.id;
ALTER TABLE ONLY group_scim_identities ALTER COLUMN id SET DEFAULT nextval('group_scim_identities_id_seq'::regclass);
ALTER TABLE ONLY group_scim_identities ADD CONSTRAINT group_scim_identities_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_group_scim_identities_on_group_id_and_user_id ON group_scim_identities USING btree (group_id, user_id);
