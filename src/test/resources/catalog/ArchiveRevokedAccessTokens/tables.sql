-- oauth_access_tokens as GitLab's db/structure.sql defines it; oauth_access_token_archived_records as
-- 18.5's CreateOauthAccessTokenArchivedRecords creates it (the stored db/structure.sql is older and
-- does not have it; its foreign key to organizations is dropped here).
CREATE TABLE oauth_access_tokens (
    id bigint NOT NULL,
    resource_owner_id bigint,
    application_id bigint,
    token character varying NOT NULL,
    refresh_token character varying,
    expires_in integer DEFAULT 7200,
    revoked_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    scopes character varying,
    organization_id bigint NOT NULL,
    CONSTRAINT check_70f294ef54 CHECK ((expires_in IS NOT NULL))
);
CREATE SEQUENCE oauth_access_tokens_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE oauth_access_tokens_id_seq OWNED BY oauth_access_tokens.id;
ALTER TABLE ONLY oauth_access_tokens ALTER COLUMN id SET DEFAULT nextval('oauth_access_tokens_id_seq'::regclass);
ALTER TABLE ONLY oauth_access_tokens ADD CONSTRAINT oauth_access_tokens_pkey PRIMARY KEY (id);

CREATE TABLE oauth_access_token_archived_records (
    id bigint NOT NULL,
    resource_owner_id bigint,
    application_id bigint,
    token character varying NOT NULL,
    refresh_token character varying,
    expires_in integer DEFAULT 7200 NOT NULL,
    revoked_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    scopes character varying,
    organization_id bigint NOT NULL,
    archived_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
ALTER TABLE ONLY oauth_access_token_archived_records ADD CONSTRAINT oauth_access_token_archived_records_pkey PRIMARY KEY (id);
CREATE INDEX index_oauth_access_token_archived_records_on_organization_id ON oauth_access_token_archived_records USING btree (organization_id);
