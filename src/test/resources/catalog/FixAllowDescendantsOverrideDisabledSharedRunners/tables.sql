-- namespaces reduced to the columns the job reads and writes plus a few NOT NULL ones, written from GitLab's
-- definitions (shared_runners_enabled boolean DEFAULT true NOT NULL,
-- allow_descendants_override_disabled_shared_runners boolean DEFAULT false NOT NULL), not read from the stored
-- db/structure.sql.
CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    type character varying DEFAULT 'User'::character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    shared_runners_enabled boolean DEFAULT true NOT NULL,
    allow_descendants_override_disabled_shared_runners boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);
