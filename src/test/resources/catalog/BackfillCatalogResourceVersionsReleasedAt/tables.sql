-- catalog_resource_versions and releases reduced to the columns the job reads and writes (release_id,
-- released_at; id, released_at) plus their other NOT NULL columns as GitLab defines them: their CREATE
-- TABLEs were not read from the stored db/structure.sql. released_at on catalog_resource_versions has
-- GitLab's default '1970-01-01' (the value the backfill replaces).
CREATE TABLE releases (
    id bigint NOT NULL,
    tag character varying,
    project_id bigint,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    released_at timestamp with time zone NOT NULL
);
ALTER TABLE ONLY releases ADD CONSTRAINT releases_pkey PRIMARY KEY (id);

CREATE TABLE catalog_resource_versions (
    id bigint NOT NULL,
    release_id bigint NOT NULL,
    catalog_resource_id bigint NOT NULL,
    project_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    released_at timestamp with time zone DEFAULT '1970-01-01 00:00:00+00'::timestamp with time zone NOT NULL
);
ALTER TABLE ONLY catalog_resource_versions ADD CONSTRAINT catalog_resource_versions_pkey PRIMARY KEY (id);
