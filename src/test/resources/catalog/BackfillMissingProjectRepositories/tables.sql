-- project_repositories as GitLab's db/structure.sql defines it (unique project_id, which ON CONFLICT
-- names, and unique disk_path). projects is reduced to the columns the job reads (id,
-- repository_storage, pending_delete) plus name, path and namespace_id, and shards is written from
-- GitLab's schema (id, name unique): neither CREATE TABLE was in the parts of the stored
-- structure.sql read for this case.
CREATE TABLE projects (
    id bigint NOT NULL,
    name character varying,
    path character varying,
    namespace_id bigint NOT NULL,
    pending_delete boolean DEFAULT false,
    repository_storage character varying DEFAULT 'default'::character varying NOT NULL
);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);

CREATE TABLE shards (
    id bigint NOT NULL,
    name character varying NOT NULL
);
ALTER TABLE ONLY shards ADD CONSTRAINT shards_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_shards_on_name ON shards USING btree (name);

CREATE TABLE project_repositories (
    id bigint NOT NULL,
    shard_id bigint NOT NULL,
    disk_path character varying NOT NULL,
    project_id bigint NOT NULL,
    object_format smallint DEFAULT 0 NOT NULL
);
CREATE SEQUENCE project_repositories_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE project_repositories_id_seq OWNED BY project_repositories.id;
ALTER TABLE ONLY project_repositories ALTER COLUMN id SET DEFAULT nextval('project_repositories_id_seq'::regclass);
ALTER TABLE ONLY project_repositories ADD CONSTRAINT project_repositories_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_project_repositories_on_disk_path ON project_repositories USING btree (disk_path);
CREATE UNIQUE INDEX index_project_repositories_on_project_id ON project_repositories USING btree (project_id);
