-- packages_conan_file_metadata and packages_conan_package_references as GitLab's db/structure.sql (commit 0016ea05)
-- defines them (foreign keys dropped). The stored structure.sql is newer than this job: conan_package_reference,
-- the hex string column the job reads (varchar(255) in GitLab, dropped after this migration), is added back here.
CREATE TABLE packages_conan_file_metadata (
    id bigint NOT NULL,
    package_file_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    conan_file_type smallint NOT NULL,
    recipe_revision_id bigint,
    package_revision_id bigint,
    package_reference_id bigint,
    project_id bigint,
    conan_package_reference character varying(255),
    CONSTRAINT check_conan_file_metadata_ref_null_for_recipe_files CHECK ((NOT ((conan_file_type = 1) AND (package_reference_id IS NOT NULL))))
);
ALTER TABLE ONLY packages_conan_file_metadata ADD CONSTRAINT packages_conan_file_metadata_pkey PRIMARY KEY (id);

CREATE TABLE packages_conan_package_references (
    id bigint NOT NULL,
    package_id bigint NOT NULL,
    project_id bigint NOT NULL,
    recipe_revision_id bigint,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    reference bytea NOT NULL,
    info jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT chk_conan_references_info_length CHECK ((char_length((info)::text) <= 20000))
);
CREATE SEQUENCE packages_conan_package_references_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE packages_conan_package_references_id_seq OWNED BY packages_conan_package_references.id;
ALTER TABLE ONLY packages_conan_package_references ALTER COLUMN id SET DEFAULT nextval('packages_conan_package_references_id_seq'::regclass);
ALTER TABLE ONLY packages_conan_package_references ADD CONSTRAINT packages_conan_package_references_pkey PRIMARY KEY (id);
-- as 17.5's CreatePackagesConanPackageReferences defines it (t.index [:package_id, :recipe_revision_id, :reference],
-- unique: true); a later version of the index was not looked up
CREATE UNIQUE INDEX uniq_idx_on_packages_conan_package_references_package_reference ON packages_conan_package_references USING btree (package_id, recipe_revision_id, reference);

-- packages_package_files written from the columns the job reads (id, package_id, project_id) and a few of
-- GitLab's NOT NULL ones; not copied from the stored db/structure.sql.
CREATE TABLE packages_package_files (
    id bigint NOT NULL,
    package_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    size bigint,
    file_store integer DEFAULT 1,
    file_name character varying NOT NULL,
    file text NOT NULL,
    status smallint DEFAULT 0 NOT NULL,
    project_id bigint
);
ALTER TABLE ONLY packages_package_files ADD CONSTRAINT packages_package_files_pkey PRIMARY KEY (id);
