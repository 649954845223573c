-- sbom_components, sbom_component_versions and sbom_occurrences as GitLab's db/structure.sql (commit
-- 0016ea05) defines them; foreign keys dropped. The unique index on sbom_component_versions
-- (component_id, version) that upsert_all's unique_by names is GitLab's (its name as remembered).
CREATE TABLE sbom_component_versions (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    component_id bigint NOT NULL,
    version text NOT NULL,
    source_package_name text,
    organization_id bigint NOT NULL,
    CONSTRAINT check_39636b9a8a CHECK ((char_length(source_package_name) <= 255)),
    CONSTRAINT check_e71cad08d3 CHECK ((char_length(version) <= 255))
);
CREATE SEQUENCE sbom_component_versions_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE sbom_component_versions_id_seq OWNED BY sbom_component_versions.id;
ALTER TABLE ONLY sbom_component_versions ALTER COLUMN id SET DEFAULT nextval('sbom_component_versions_id_seq'::regclass);
ALTER TABLE ONLY sbom_component_versions ADD CONSTRAINT sbom_component_versions_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_sbom_component_versions_on_component_id_and_version ON sbom_component_versions USING btree (component_id, version);

CREATE TABLE sbom_components (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    component_type smallint NOT NULL,
    name text NOT NULL,
    purl_type smallint,
    organization_id bigint NOT NULL,
    CONSTRAINT check_91a8f6ad53 CHECK ((char_length(name) <= 255))
);
ALTER TABLE ONLY sbom_components ADD CONSTRAINT sbom_components_pkey PRIMARY KEY (id);

CREATE TABLE sbom_occurrences (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    component_version_id bigint,
    project_id bigint NOT NULL,
    pipeline_id bigint,
    source_id bigint,
    commit_sha bytea NOT NULL,
    component_id bigint NOT NULL,
    uuid uuid NOT NULL,
    package_manager text,
    component_name text,
    input_file_path text,
    licenses jsonb DEFAULT '[]'::jsonb,
    highest_severity smallint,
    vulnerability_count integer DEFAULT 0 NOT NULL,
    source_package_id bigint,
    archived boolean DEFAULT false NOT NULL,
    traversal_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    ancestors jsonb DEFAULT '[]'::jsonb NOT NULL,
    reachability smallint DEFAULT 0,
    CONSTRAINT check_3f2d2c7ffc CHECK ((char_length(package_manager) <= 255)),
    CONSTRAINT check_9b29021fa8 CHECK ((char_length(component_name) <= 255)),
    CONSTRAINT check_e6b8437cfe CHECK ((char_length(input_file_path) <= 1024))
);
ALTER TABLE ONLY sbom_occurrences ADD CONSTRAINT sbom_occurrences_pkey PRIMARY KEY (id);
