-- namespace_settings reduced to its key, timestamps and default_branch_protection_defaults (jsonb DEFAULT
-- '{}' NOT NULL, as in GitLab's db/structure.sql, commit 0016ea05); namespaces reduced to id, name, path,
-- type and default_branch_protection (smallint, nullable, as GitLab has it; its CREATE TABLE was not read).
CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    type character varying DEFAULT 'User'::character varying NOT NULL,
    default_branch_protection smallint
);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);

CREATE TABLE namespace_settings (
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    namespace_id bigint NOT NULL,
    default_branch_protection_defaults jsonb DEFAULT '{}'::jsonb NOT NULL
);
ALTER TABLE ONLY namespace_settings ADD CONSTRAINT namespace_settings_pkey PRIMARY KEY (namespace_id);
