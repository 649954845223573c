-- namespaces and projects reduced to the columns the job reads (id, type, parent_id; project_namespace_id)
-- plus name, path and the NOT NULL namespace_id: their CREATE TABLEs were not located in the parts of the
-- stored db/structure.sql read. The foreign key of namespaces.parent_id is left out, as GitLab's data
-- (orphans) shows it is not enforced for these rows.
CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    owner_id bigint,
    type character varying DEFAULT 'User'::character varying NOT NULL,
    parent_id bigint
);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);
CREATE INDEX index_namespaces_on_parent_id_and_id ON namespaces USING btree (parent_id, id);
CREATE TABLE projects (
    id bigint NOT NULL,
    name character varying,
    path character varying,
    namespace_id bigint NOT NULL,
    project_namespace_id bigint
);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_projects_on_project_namespace_id ON projects USING btree (project_namespace_id);
