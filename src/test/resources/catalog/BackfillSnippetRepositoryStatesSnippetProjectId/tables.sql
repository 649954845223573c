-- snippet_repositories as GitLab's db/structure.sql (commit 0016ea05) defines it.
CREATE TABLE snippet_repositories (
    snippet_id bigint NOT NULL,
    shard_id bigint NOT NULL,
    disk_path character varying(80) NOT NULL,
    verification_retry_count smallint,
    verification_retry_at timestamp with time zone,
    verified_at timestamp with time zone,
    verification_checksum bytea,
    verification_failure text,
    verification_state smallint DEFAULT 0 NOT NULL,
    verification_started_at timestamp with time zone,
    snippet_project_id bigint,
    snippet_organization_id bigint,
    CONSTRAINT snippet_repositories_verification_failure_text_limit CHECK ((char_length(verification_failure) <= 255))
);
ALTER TABLE ONLY snippet_repositories ADD CONSTRAINT snippet_repositories_pkey PRIMARY KEY (snippet_id);

-- snippet_repository_states (Geo's verification state table): not found in the stored structure.sql,
-- written from Geo's verification-state columns and the columns the job uses; snippet_project_id as
-- the migration adding the sharding key defines it (bigint, NULL allowed).
CREATE TABLE snippet_repository_states (
    id bigint NOT NULL,
    verification_started_at timestamp with time zone,
    verification_retry_at timestamp with time zone,
    verified_at timestamp with time zone,
    snippet_repository_id bigint NOT NULL,
    verification_state smallint DEFAULT 0 NOT NULL,
    verification_retry_count smallint,
    verification_checksum bytea,
    verification_failure text,
    snippet_project_id bigint,
    CONSTRAINT check_0dabaefb7f CHECK ((char_length(verification_failure) <= 255))
);
ALTER TABLE ONLY snippet_repository_states ADD CONSTRAINT snippet_repository_states_pkey PRIMARY KEY (id);
