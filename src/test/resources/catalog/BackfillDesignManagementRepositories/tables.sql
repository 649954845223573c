-- design_management_repositories as GitLab's db/structure.sql (commit 0016ea05) defines it, without the
-- namespace_id column GitLab added later (BackfillDesignManagementRepositoriesProjectNamespaceId fills it;
-- this job predates it and does not write it); copied from that class's case. projects reduced to the
-- columns the case needs (its CREATE TABLE was not read).
CREATE TABLE projects (
    id bigint NOT NULL,
    name character varying,
    path character varying,
    namespace_id bigint NOT NULL
);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);

CREATE TABLE design_management_repositories (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
CREATE SEQUENCE design_management_repositories_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE design_management_repositories_id_seq OWNED BY design_management_repositories.id;
ALTER TABLE ONLY design_management_repositories ALTER COLUMN id SET DEFAULT nextval('design_management_repositories_id_seq'::regclass);
ALTER TABLE ONLY design_management_repositories ADD CONSTRAINT design_management_repositories_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_design_management_repositories_on_project_id ON design_management_repositories USING btree (project_id);
