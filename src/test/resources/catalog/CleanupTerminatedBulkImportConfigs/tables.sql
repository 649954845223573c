-- bulk_imports and bulk_import_configurations as GitLab's schema has them (foreign keys dropped). Written from
-- GitLab's schema: these CREATE TABLEs were not in the parts of the stored db/structure.sql read for this case.
CREATE TABLE bulk_imports (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    source_type smallint NOT NULL,
    status smallint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    source_version text,
    source_enterprise boolean DEFAULT true NOT NULL,
    has_failures boolean DEFAULT false,
    organization_id bigint
);
ALTER TABLE ONLY bulk_imports ADD CONSTRAINT bulk_imports_pkey PRIMARY KEY (id);

CREATE TABLE bulk_import_configurations (
    id bigint NOT NULL,
    bulk_import_id bigint NOT NULL,
    encrypted_url text,
    encrypted_url_iv text,
    encrypted_access_token text,
    encrypted_access_token_iv text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    organization_id bigint
);
ALTER TABLE ONLY bulk_import_configurations ADD CONSTRAINT bulk_import_configurations_pkey PRIMARY KEY (id);
CREATE INDEX index_bulk_import_configurations_on_bulk_import_id ON bulk_import_configurations USING btree (bulk_import_id);
