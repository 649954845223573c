-- project_authorizations as GitLab's db/structure.sql (commit 0016ea05) defines it, with its primary key
-- (user_id, project_id, access_level), the cursor the job walks.
CREATE TABLE project_authorizations (
    user_id bigint NOT NULL,
    project_id bigint NOT NULL,
    access_level integer NOT NULL,
    is_unique boolean
);
ALTER TABLE ONLY project_authorizations ADD CONSTRAINT project_authorizations_pkey PRIMARY KEY (user_id, project_id, access_level);

-- project_authorizations_for_migration is newer than the stored structure.sql: written from GitLab's
-- migration CreateProjectAuthorizationsForMigration (18.0): primary key (user_id, project_id),
-- access_level smallint NOT NULL.
CREATE TABLE project_authorizations_for_migration (
    user_id bigint NOT NULL,
    project_id bigint NOT NULL,
    access_level smallint NOT NULL
);
ALTER TABLE ONLY project_authorizations_for_migration ADD CONSTRAINT project_authorizations_for_migration_pkey PRIMARY KEY (user_id, project_id);
