-- ml_model_versions, ml_models and packages_packages from the stored db/structure.sql (commit 0016ea05).
-- Foreign keys dropped (ml_model_versions.package_id's ON DELETE SET NULL is how versions lost their package).
CREATE TABLE ml_model_versions (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    project_id bigint NOT NULL,
    model_id bigint NOT NULL,
    package_id bigint,
    version text NOT NULL,
    description text,
    semver_major integer,
    semver_minor integer,
    semver_patch integer,
    semver_prerelease text,
    cached_markdown_version integer,
    description_html text,
    CONSTRAINT check_246f5048b5 CHECK ((char_length(semver_prerelease) <= 255)),
    CONSTRAINT check_28b2d892c8 CHECK ((char_length(version) <= 255)),
    CONSTRAINT check_4d50116294 CHECK ((char_length(description_html) <= 50000)),
    CONSTRAINT check_f1545d8a9e CHECK ((char_length(description) <= 10000))
);
ALTER TABLE ONLY ml_model_versions ADD CONSTRAINT ml_model_versions_pkey PRIMARY KEY (id);

CREATE TABLE ml_models (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    project_id bigint NOT NULL,
    name text NOT NULL,
    description text,
    user_id bigint,
    cached_markdown_version integer,
    description_html text,
    CONSTRAINT check_1fd2cc7d93 CHECK ((char_length(name) <= 255)),
    CONSTRAINT check_51a38acdaa CHECK ((char_length(description_html) <= 50000)),
    CONSTRAINT check_f8df2fefc5 CHECK ((char_length(description) <= 10000))
);
ALTER TABLE ONLY ml_models ADD CONSTRAINT ml_models_pkey PRIMARY KEY (id);

CREATE TABLE packages_packages (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name character varying NOT NULL,
    version character varying,
    package_type smallint NOT NULL,
    creator_id bigint,
    status smallint DEFAULT 0 NOT NULL,
    last_downloaded_at timestamp with time zone,
    status_message text
);
CREATE SEQUENCE packages_packages_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE packages_packages_id_seq OWNED BY packages_packages.id;
ALTER TABLE ONLY packages_packages ALTER COLUMN id SET DEFAULT nextval('packages_packages_id_seq'::regclass);
ALTER TABLE ONLY packages_packages ADD CONSTRAINT packages_packages_pkey PRIMARY KEY (id);
