-- Both tables as GitLab's db/structure.sql (commit 0016ea05) defines them. The unique index on
-- group_id is written here so that ON CONFLICT DO NOTHING has a conflict to skip (GitLab indexes
-- the group application by group_id; its index was not read).
CREATE TABLE system_access_microsoft_applications (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    namespace_id bigint,
    enabled boolean DEFAULT false NOT NULL,
    tenant_xid text NOT NULL,
    client_xid text NOT NULL,
    login_endpoint text DEFAULT 'https://login.microsoftonline.com'::text NOT NULL,
    graph_endpoint text DEFAULT 'https://graph.microsoft.com'::text NOT NULL,
    encrypted_client_secret bytea NOT NULL,
    encrypted_client_secret_iv bytea NOT NULL,
    CONSTRAINT check_042f6b21aa CHECK ((char_length(login_endpoint) <= 255)),
    CONSTRAINT check_1e8b2d405f CHECK ((char_length(tenant_xid) <= 255)),
    CONSTRAINT check_339c3ffca8 CHECK ((char_length(graph_endpoint) <= 255)),
    CONSTRAINT check_ee72fb5459 CHECK ((char_length(client_xid) <= 255))
);
CREATE SEQUENCE system_access_microsoft_applications_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE system_access_microsoft_applications_id_seq OWNED BY system_access_microsoft_applications.id;
ALTER TABLE ONLY system_access_microsoft_applications ALTER COLUMN id SET DEFAULT nextval('system_access_microsoft_applications_id_seq'::regclass);
ALTER TABLE ONLY system_access_microsoft_applications ADD CONSTRAINT system_access_microsoft_applications_pkey PRIMARY KEY (id);

CREATE TABLE system_access_group_microsoft_applications (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    group_id bigint NOT NULL,
    temp_source_id bigint,
    enabled boolean DEFAULT false NOT NULL,
    tenant_xid text NOT NULL,
    client_xid text NOT NULL,
    login_endpoint text DEFAULT 'https://login.microsoftonline.com'::text NOT NULL,
    graph_endpoint text DEFAULT 'https://graph.microsoft.com'::text NOT NULL,
    encrypted_client_secret bytea NOT NULL,
    encrypted_client_secret_iv bytea NOT NULL,
    CONSTRAINT check_027535e932 CHECK ((char_length(graph_endpoint) <= 255)),
    CONSTRAINT check_350406e92e CHECK ((char_length(login_endpoint) <= 255)),
    CONSTRAINT check_92ce93bc07 CHECK ((char_length(tenant_xid) <= 255)),
    CONSTRAINT check_f4c8cf8195 CHECK ((char_length(client_xid) <= 255))
);
CREATE SEQUENCE system_access_group_microsoft_applications_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE system_access_group_microsoft_applications_id_seq OWNED BY system_access_group_microsoft_applications.id;
ALTER TABLE ONLY system_access_group_microsoft_applications ALTER COLUMN id SET DEFAULT nextval('system_access_group_microsoft_applications_id_seq'::regclass);
ALTER TABLE ONLY system_access_group_microsoft_applications ADD CONSTRAINT system_access_group_microsoft_applications_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_system_access_group_microsoft_applications_on_group_id ON system_access_group_microsoft_applications USING btree (group_id);
