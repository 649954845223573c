-- packages_packages as GitLab's db/structure.sql (commit 0016ea05) defines it (foreign keys dropped; copied from the
-- MarkDuplicateMavenPackagesForDestruction case; the columns this job uses are the same in 16.x).
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
CREATE INDEX index_packages_packages_on_project_id_and_status_and_id ON packages_packages USING btree (project_id, status, id);
