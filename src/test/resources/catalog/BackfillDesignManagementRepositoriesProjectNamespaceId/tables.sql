-- design_management_repositories and design_management_repository_states as GitLab's db/structure.sql
-- defines them, except the repositories' CHECK (namespace_id IS NOT NULL), which GitLab adds once the
-- backfill is done (the rows here are from before it); projects reduced to the columns the job reads
-- plus a few NOT NULL ones (its CREATE TABLE was not in the parts of the stored db/structure.sql read).
CREATE TABLE projects (
    id bigint NOT NULL,
    name character varying,
    path character varying,
    namespace_id bigint NOT NULL,
    project_namespace_id bigint
);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);

CREATE TABLE design_management_repositories (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    namespace_id bigint
);
CREATE SEQUENCE design_management_repositories_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE design_management_repositories_id_seq OWNED BY design_management_repositories.id;
ALTER TABLE ONLY design_management_repositories ALTER COLUMN id SET DEFAULT nextval('design_management_repositories_id_seq'::regclass);
ALTER TABLE ONLY design_management_repositories ADD CONSTRAINT design_management_repositories_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_design_management_repositories_on_project_id ON design_management_repositories USING btree (project_id);

CREATE TABLE design_management_repository_states (
    verification_started_at timestamp with time zone,
    verification_retry_at timestamp with time zone,
    verified_at timestamp with time zone,
    design_management_repository_id bigint NOT NULL,
    verification_state smallint DEFAULT 0 NOT NULL,
    verification_retry_count smallint DEFAULT 0 NOT NULL,
    verification_checksum bytea,
    verification_failure text,
    namespace_id bigint,
    CONSTRAINT check_bf1387c28b CHECK ((char_length(verification_failure) <= 255))
);
ALTER TABLE ONLY design_management_repository_states ADD CONSTRAINT design_management_repository_states_pkey PRIMARY KEY (design_management_repository_id);
