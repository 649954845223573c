-- granular_scopes as GitLab's migration AddGranularScopesTable (18.4, create_table :granular_scopes) defines
-- it: the table is newer than the stored db/structure.sql (commit 0016ea05). Foreign keys dropped.
CREATE TABLE granular_scopes (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    namespace_id bigint,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    permissions jsonb DEFAULT '[]'::jsonb NOT NULL,
    CONSTRAINT check_permissions_is_array CHECK ((jsonb_typeof(permissions) = 'array'::text))
);
CREATE SEQUENCE granular_scopes_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE granular_scopes_id_seq OWNED BY granular_scopes.id;
ALTER TABLE ONLY granular_scopes ALTER COLUMN id SET DEFAULT nextval('granular_scopes_id_seq'::regclass);
ALTER TABLE ONLY granular_scopes ADD CONSTRAINT granular_scopes_pkey PRIMARY KEY (id);
