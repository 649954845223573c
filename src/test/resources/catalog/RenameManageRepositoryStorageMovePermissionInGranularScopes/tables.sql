-- granular_scopes is newer than the stored structure.sql (commit 0016ea05); written from the columns
-- the job uses (permissions jsonb DEFAULT '[]' NOT NULL, a JSON array of permission names) and the
-- table's keys.
CREATE TABLE granular_scopes (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    organization_id bigint NOT NULL,
    namespace_id bigint,
    permissions jsonb DEFAULT '[]'::jsonb NOT NULL
);
ALTER TABLE ONLY granular_scopes ADD CONSTRAINT granular_scopes_pkey PRIMARY KEY (id);
