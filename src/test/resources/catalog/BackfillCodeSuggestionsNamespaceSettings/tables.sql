-- namespace_settings reduced to its key, timestamps and the column the job writes: code_suggestions was
-- dropped before the stored db/structure.sql (commit 0016ea05), so it is written as GitLab's migration
-- adding it did (boolean DEFAULT false NOT NULL; that migration was not read). namespaces reduced to
-- id, name, path and type (its CREATE TABLE was not read).
CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    type character varying DEFAULT 'User'::character varying NOT NULL
);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);

CREATE TABLE namespace_settings (
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    namespace_id bigint NOT NULL,
    code_suggestions boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY namespace_settings ADD CONSTRAINT namespace_settings_pkey PRIMARY KEY (namespace_id);
