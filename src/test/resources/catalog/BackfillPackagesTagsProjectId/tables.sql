-- packages_tags and packages_packages written from GitLab's columns the job reads and writes and their primary
-- keys, not copied from db/structure.sql (look-ups were scarce; foreign keys dropped; packages_packages has more
-- columns). packages_tags.project_id is nullable, as before the backfill.
CREATE TABLE packages_packages (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name character varying NOT NULL,
    version character varying,
    package_type smallint NOT NULL,
    status smallint DEFAULT 0 NOT NULL
);
ALTER TABLE ONLY packages_packages ADD CONSTRAINT packages_packages_pkey PRIMARY KEY (id);

CREATE TABLE packages_tags (
    id bigint NOT NULL,
    package_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    project_id bigint
);
ALTER TABLE ONLY packages_tags ADD CONSTRAINT packages_tags_pkey PRIMARY KEY (id);
