-- scim_oauth_access_tokens as GitLab's db/structure.sql (commit 0016ea05) defines it.
CREATE TABLE scim_oauth_access_tokens (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    group_id bigint,
    token_encrypted character varying NOT NULL
);
CREATE SEQUENCE scim_oauth_access_tokens_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE scim_oauth_access_tokens_id_seq OWNED BY scim_oauth_access_tokens.id;
ALTER TABLE ONLY scim_oauth_access_tokens ALTER COLUMN id SET DEFAULT nextval('scim_oauth_access_tokens_id_seq'::regclass);
ALTER TABLE ONLY scim_oauth_access_tokens ADD CONSTRAINT scim_oauth_access_tokens_pkey PRIMARY KEY (id);

-- group_scim_auth_access_tokens: only the tail of its CREATE TABLE was in the part of the stored
-- structure.sql read (the temp_source_id comment); the columns are those the Ruby inserts, with GitLab's
-- types (token_encrypted bytea, hence the Ruby's cast). The unique index on token_encrypted is the one
-- ON CONFLICT DO NOTHING meets here.
CREATE TABLE group_scim_auth_access_tokens (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    temp_source_id bigint,
    token_encrypted bytea NOT NULL
);
COMMENT ON COLUMN group_scim_auth_access_tokens.temp_source_id IS 'Temporary column to store scim_tokens id';
CREATE SEQUENCE group_scim_auth_access_tokens_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE group_scim_auth_access_tokens_id_seq OWNED BY group_scim_auth_access_tokens.id;
ALTER TABLE ONLY group_scim_auth_access_tokens ALTER COLUMN id SET DEFAULT nextval('group_scim_auth_access_tokens_id_seq'::regclass);
ALTER TABLE ONLY group_scim_auth_access_tokens ADD CONSTRAINT group_scim_auth_access_tokens_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_group_scim_auth_access_tokens_on_token_encrypted ON group_scim_auth_access_tokens USING btree (token_encrypted);
CREATE INDEX index_group_scim_auth_access_tokens_on_group_id ON group_scim_auth_access_tokens USING btree (group_id);
