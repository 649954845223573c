-- packages_dependencies and packages_dependency_links from the stored db/structure.sql (commit 0016ea05), without
-- the later CHECK (project_id IS NOT NULL) constraints that were added after this backfill. The unique index over
-- (name, version_pattern, project_id), which the Ruby's ON CONFLICT DO NOTHING relies on, is written from GitLab's
-- schema (its name as remembered, not read from the stored structure.sql). Foreign keys dropped.
CREATE TABLE packages_dependencies (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    version_pattern character varying(255) NOT NULL,
    project_id bigint
);
CREATE SEQUENCE packages_dependencies_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE packages_dependencies_id_seq OWNED BY packages_dependencies.id;
ALTER TABLE ONLY packages_dependencies ALTER COLUMN id SET DEFAULT nextval('packages_dependencies_id_seq'::regclass);
ALTER TABLE ONLY packages_dependencies ADD CONSTRAINT packages_dependencies_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX idx_pkgs_dep_on_name_version_project_id ON packages_dependencies USING btree (name, version_pattern, project_id);

CREATE TABLE packages_dependency_links (
    id bigint NOT NULL,
    package_id bigint NOT NULL,
    dependency_id bigint NOT NULL,
    dependency_type smallint NOT NULL,
    project_id bigint
);
ALTER TABLE ONLY packages_dependency_links ADD CONSTRAINT packages_dependency_links_pkey PRIMARY KEY (id);
CREATE INDEX index_packages_dependency_links_on_dependency_id ON packages_dependency_links USING btree (dependency_id);
