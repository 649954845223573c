-- sbom_occurrences as GitLab's db/structure.sql (commit 0016ea05) defines it (copied from the
-- MigrateOsSbomOccurrencesToComponentsWithoutPrefix case); projects and namespaces reduced to the columns
-- the job reads (copied from the BackfillArchivedAndTraversalIdsToVulnerabilityReads case).
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
CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    traversal_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL
);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);

CREATE TABLE projects (
    id bigint NOT NULL,
    name character varying,
    namespace_id bigint NOT NULL,
    archived boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
